"""Who took part in which events: a person tagged in Persons or speaking a turn, once per event.

The union of two tables is not something the ORM can aggregate over, so these few
queries are SQL, written to run unchanged on SQLite and PostgreSQL. The set of
events they look at always comes from ``scope.py``, which takes the rule for what
is published from ``Event.objects.published()``.
"""

from __future__ import annotations

from pressroom.events.models import Block
from pressroom.stats.queries.scope import BLOCKS, TAGGED, Sql, fetch, forced_join


def _cte(scope: Sql) -> Sql:
    """``participants (event_id, person_id)`` over the events of ``scope`` (``id, date`` rows).

    Each event of the scope is looked up once in each table, through covering indexes.
    A scope that is cheap to list (``Sql.repeatable``) is listed for each table.
    """
    join = forced_join()
    kept = "NOT MATERIALIZED" if scope.repeatable else "MATERIALIZED"
    text = f"""
        WITH scope (id, date) AS {kept} ({scope.text}),
        participants (event_id, person_id) AS (
            SELECT t.event_id, t.person_id FROM scope s {join} {TAGGED} t ON t.event_id = s.id
            UNION
            SELECT b.event_id, b.person_id FROM scope s {join} {BLOCKS} b
                ON b.event_id = s.id AND b.kind = %s
             WHERE b.person_id IS NOT NULL
        )"""
    return Sql(text, (*scope.params, Block.Kind.TURN))


def top_participants(scope: Sql, limit: int, exclude: int | None = None) -> list[tuple[int, int]]:
    """(person id, events) for the persons taking part in most events of ``scope``."""
    cte = _cte(scope)
    sql = f"""{cte.text}
        SELECT person_id, COUNT(*) AS events FROM participants
         WHERE person_id <> %s
         GROUP BY person_id ORDER BY events DESC, person_id LIMIT %s"""
    rows = fetch(Sql(sql, (*cte.params, -1 if exclude is None else exclude, limit)))
    return [(int(person), int(events)) for person, events in rows]


def network_rows(
    scope: Sql, nodes: int, edges: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]]]:
    """The ``nodes`` persons in most events of ``scope``, and the events each pair shares.

    One statement, so the participation of a large scope is gathered once.
    """
    cte = _cte(scope)
    sql = f"""{cte.text},
        nodes (person_id, events) AS (
            SELECT person_id, COUNT(*) FROM participants
             GROUP BY person_id ORDER BY COUNT(*) DESC, person_id LIMIT %s
        ),
        kept (event_id, person_id) AS (
            SELECT event_id, person_id FROM participants
             WHERE person_id IN (SELECT person_id FROM nodes)
        ),
        pairs (a, b, together) AS (
            SELECT a.person_id, b.person_id, COUNT(*) FROM kept a
              JOIN kept b ON b.event_id = a.event_id AND a.person_id < b.person_id
             GROUP BY a.person_id, b.person_id
             ORDER BY COUNT(*) DESC, a.person_id, b.person_id LIMIT %s
        )
        SELECT 0, person_id, 0, events FROM nodes
        UNION ALL
        SELECT 1, a, b, together FROM pairs"""
    rows = fetch(Sql(sql, (*cte.params, nodes, edges)))
    found_nodes = sorted(((int(p), int(n)) for kind, p, _, n in rows if kind == 0), key=_busiest)
    found_edges = sorted(
        ((int(a), int(b), int(n)) for kind, a, b, n in rows if kind == 1),
        key=lambda edge: (-edge[2], edge[0], edge[1]),
    )
    return found_nodes, found_edges


def _busiest(node: tuple[int, int]) -> tuple[int, int]:
    return (-node[1], node[0])
