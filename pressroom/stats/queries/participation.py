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


def shared_events(
    scope: QuerySet[Event], persons: list[int], limit: int
) -> list[tuple[int, int, int]]:
    """(person a, person b, events together), a < b, among ``persons``, most shared first."""
    if len(persons) < 2:
        return []
    cte, params = _cte(scope)
    marks = ", ".join(["%s"] * len(persons))
    sql = f"""{cte}
        SELECT a.person_id, b.person_id, COUNT(*) AS together
          FROM participants a
          JOIN participants b ON b.event_id = a.event_id AND a.person_id < b.person_id
         WHERE a.person_id IN ({marks}) AND b.person_id IN ({marks})
         GROUP BY a.person_id, b.person_id
         ORDER BY together DESC, a.person_id, b.person_id LIMIT %s"""
    rows = _fetch(sql, [*params, *persons, *persons, limit])
    return [(int(a), int(b), int(n)) for a, b, n in rows]
