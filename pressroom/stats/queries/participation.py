"""Who took part in which events: a person tagged in Persons or speaking a turn, once per event.

The union of two tables is not something the ORM can aggregate over, so these few
queries are SQL, written to run unchanged on SQLite and PostgreSQL. The set of
events they look at always comes from an ORM queryset (``scope``), so the rule
for what is published lives in one place.
"""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.models import QuerySet

from pressroom.events.models import Block, Event, EventPerson


def _cte(scope: QuerySet[Event]) -> tuple[str, list[Any]]:
    scope_sql, scope_params = scope.order_by().values("pk").query.sql_with_params()
    tagged, blocks = EventPerson._meta.db_table, Block._meta.db_table
    sql = f"""
        WITH scope (id) AS ({scope_sql}),
        participants (event_id, person_id) AS (
            SELECT t.event_id, t.person_id FROM {tagged} t
             WHERE t.event_id IN (SELECT id FROM scope)
            UNION
            SELECT b.event_id, b.person_id FROM {blocks} b
             WHERE b.event_id IN (SELECT id FROM scope)
               AND b.kind = %s AND b.person_id IS NOT NULL
        )"""
    return sql, [*scope_params, Block.Kind.TURN]


def _fetch(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [tuple(row) for row in cursor.fetchall()]


def top_participants(
    scope: QuerySet[Event], limit: int, exclude: int | None = None
) -> list[tuple[int, int]]:
    """(person id, events) for the persons taking part in most events of ``scope``."""
    cte, params = _cte(scope)
    sql = f"""{cte}
        SELECT person_id, COUNT(*) AS events FROM participants
         WHERE person_id <> %s
         GROUP BY person_id ORDER BY events DESC, person_id LIMIT %s"""
    rows = _fetch(sql, [*params, -1 if exclude is None else exclude, limit])
    return [(int(person), int(events)) for person, events in rows]


def network_rows(
    scope: QuerySet[Event], nodes: int, edges: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]]]:
    """The ``nodes`` persons in most events of ``scope``, and the events each pair shares.

    One statement, so the participation of a large scope is gathered once.
    """
    cte, params = _cte(scope)
    sql = f"""{cte},
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
    rows = _fetch(sql, [*params, nodes, edges])
    found_nodes = sorted(((int(p), int(n)) for kind, p, _, n in rows if kind == 0), key=_busiest)
    found_edges = sorted(
        ((int(a), int(b), int(n)) for kind, a, b, n in rows if kind == 1),
        key=lambda edge: (-edge[2], edge[0], edge[1]),
    )
    return found_nodes, found_edges


def _busiest(node: tuple[int, int]) -> tuple[int, int]:
    return (-node[1], node[0])
