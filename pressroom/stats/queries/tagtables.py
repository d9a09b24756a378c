"""Counts of topics and places over a set of events, named and ranked for a figure."""

from __future__ import annotations

from pressroom.stats.queries.scope import PLACES, TOPICS, Sql, fetch, forced_join
from pressroom.stats.table import Table
from pressroom.taxonomy.models import Place, Topic

#: The tag table and its column, per kind of tag.
TABLES = {"topic": (TOPICS, "topic_id"), "place": (PLACES, "place_id")}


def tag_counts(scope: Sql, kind: str) -> list[tuple[int, int]]:
    """(tag id, events) over the events of ``scope``: one index lookup per event."""
    table, column = TABLES[kind]
    rows = fetch(
        Sql(
            f"SELECT t.{column}, COUNT(DISTINCT t.event_id) FROM ({scope.text}) s "
            f"{forced_join()} {table} t ON t.event_id = s.id GROUP BY 1",
            scope.params,
        )
    )
    return [(int(tag), int(n)) for tag, n in rows]


def _ranked(counts: list[tuple[int, int]], names: dict[int, str]) -> list[tuple[int, int]]:
    """Most events first, then by name: the order every tag list uses."""
    return sorted(counts, key=lambda row: (-row[1], names.get(row[0], "")))


def topic_table(title: str, counts: list[tuple[int, int]], limit: int | None) -> Table:
    names = dict(Topic.objects.filter(pk__in=[t for t, _ in counts]).values_list("pk", "name"))
    ranked = _ranked(counts, names)[:limit]
    return Table(title, ("id", "topic", "events"), tuple((t, names[t], n) for t, n in ranked))


def place_table(
    title: str, counts: list[tuple[int, int]], limit: int | None, for_map: bool = True
) -> Table:
    """Places, most events first; ``for_map`` adds each place's kind and code."""
    found = {
        pk: (name, kind, code)
        for pk, name, kind, code in Place.objects.filter(pk__in=[p for p, _ in counts]).values_list(
            "pk", "name", "kind", "catalog_id"
        )
    }
    names = {pk: value[0] for pk, value in found.items()}
    ranked = _ranked(counts, names)[:limit]
    if not for_map:
        return Table(title, ("id", "place", "events"), tuple((p, names[p], n) for p, n in ranked))
    return Table(
        title,
        ("id", "place", "kind", "code", "events"),
        tuple((p, *found[p], n) for p, n in ranked),
    )
