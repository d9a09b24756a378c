"""Who took part in which events: a person tagged in Persons or speaking a turn, once per event.

The database keeps that as the participants table, and each pair of persons taking
part in the same event as the copresence table (``models.py``, kept by triggers), so
these queries read rows already grouped per event instead of merging the tags and
turns of every event. The set of events they count always comes from ``scope.py``,
which takes the rule for what is published from ``Event.objects.published()``.
"""

from __future__ import annotations

from typing import Any

from pressroom.stats.models import Copresence
from pressroom.stats.queries.scope import (
    PARTICIPANTS,
    Sql,
    fetch,
    forced_join,
    over,
    over_visible,
    unindexed,
)

PAIRS = Copresence._meta.db_table


def top_participants(scope: Sql, limit: int) -> list[tuple[int, int]]:
    """(person id, events) for the persons taking part in most events of ``scope``."""
    sql = (
        f"SELECT t.person_id, COUNT(*) FROM ({scope.text}) s {forced_join()} {PARTICIPANTS} t "
        "ON t.event_id = s.id GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT %s"
    )
    return [(int(p), int(n)) for p, n in fetch(Sql(sql, (*scope.params, limit)))]


def _pairs_among(scope: Sql, persons: list[int]) -> list[tuple[int, int, int]]:
    """(person, person, events shared) over the events of ``scope``, among ``persons``."""
    if len(persons) < 2:
        return []
    marks = ", ".join(["%s"] * len(persons))
    # Unindexed on SQLite: each event's pairs are found by the event alone, not probed
    # once for every two persons of the lists.
    plus = unindexed()
    sql = (
        f"SELECT t.person_a, t.person_b, COUNT(*) FROM ({scope.text}) s "
        f"{forced_join()} {PAIRS} t ON t.event_id = s.id "
        f"WHERE {plus}t.person_a IN ({marks}) AND {plus}t.person_b IN ({marks}) GROUP BY 1, 2"
    )
    rows = fetch(Sql(sql, (*scope.params, *persons, *persons)))
    return [(int(a), int(b), int(n)) for a, b, n in rows]


def network_rows(
    scope: Sql, nodes: int, edges: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]]]:
    """The ``nodes`` persons in most events of ``scope``, and the ``edges`` pairs of them
    sharing most events (ties: lower person ids first)."""
    found_nodes = top_participants(scope, nodes)
    pairs = _pairs_among(scope, sorted(p for p, _ in found_nodes))
    return found_nodes, _strongest(pairs, edges)


def network_rows_visible(
    language: str, nodes: int, edges: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]]]:
    """``network_rows`` over every visible event of ``language``, counted by ``over_visible``."""

    def per_person(events: Sql | None) -> Sql:
        source, params = over(events, PARTICIPANTS)
        return Sql(f"SELECT t.person_id, COUNT(*) FROM {source} GROUP BY 1", params)

    counts = [(int(p), int(n)) for p, n in over_visible(language, per_person)]
    found_nodes = sorted(counts, key=_busiest)[:nodes]
    persons = sorted(p for p, _ in found_nodes)
    if len(persons) < 2:
        return found_nodes, []
    marks = ", ".join(["%s"] * len(persons))

    def per_pair(events: Sql | None) -> Sql:
        source, params = over(events, PAIRS)
        # Over some events, their pairs are found by the event (as in ``_pairs_among``).
        plus = "" if events is None else unindexed()
        among = f"{plus}t.person_a IN ({marks}) AND {plus}t.person_b IN ({marks})"
        return Sql(
            f"SELECT t.person_a, t.person_b, COUNT(*) FROM {source} WHERE {among} GROUP BY 1, 2",
            (*params, *persons, *persons),
        )

    pairs = [(int(a), int(b), int(n)) for a, b, n in over_visible(language, per_pair)]
    return found_nodes, _strongest(pairs, edges)


def met_with(person_id: int, language: str, limit: int) -> list[tuple[int, int]]:
    """(person id, events shared) for the persons in most visible events with ``person_id``."""

    def per_other(events: Sql | None) -> Sql:
        # Two halves, one per side of the pair, each read through its own index.
        halves: list[str] = []
        params: list[Any] = []
        for mine, other in (("person_a", "person_b"), ("person_b", "person_a")):
            source, source_params = over(events, PAIRS)
            halves.append(
                f"SELECT t.{other}, COUNT(*) FROM {source} WHERE t.{mine} = %s GROUP BY 1"
            )
            params += [*source_params, person_id]
        return Sql(" UNION ALL ".join(halves), tuple(params))

    counts = [(int(p), int(n)) for p, n in over_visible(language, per_other)]
    return sorted(counts, key=_busiest)[:limit]


def _strongest(pairs: list[tuple[int, int, int]], edges: int) -> list[tuple[int, int, int]]:
    return sorted(pairs, key=lambda edge: (-edge[2], edge[0], edge[1]))[:edges]


def _busiest(node: tuple[int, int]) -> tuple[int, int]:
    return (-node[1], node[0])
