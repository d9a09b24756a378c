"""The events a figure counts, as SQL that the database plans from the small side.

Which events a reader may see is decided in one place, ``Event.objects.published()``;
``visible_where`` compiles that queryset's condition into SQL on the events table, so
the statements here reuse the rule instead of restating it.

Written so that SQLite (which has no hash joins and trusts the order of a ``CROSS
JOIN``) walks the small side first: a person's or a tag's events drive the lookups of
the events table by primary key, instead of every published event being listed and
probed. For the whole archive, the visible events are one range of the
``event_stats_scope`` index (visible, language, date). The statements run unchanged
on PostgreSQL, which plans them its own way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pressroom.core.sql import reading
from pressroom.events.models import Block, Event, EventPerson, EventPlace, EventTopic
from pressroom.stats.models import Participant
from pressroom.stats.queries.base import published

EVENTS = Event._meta.db_table
TAGGED = EventPerson._meta.db_table
TOPICS = EventTopic._meta.db_table
PLACES = EventPlace._meta.db_table
BLOCKS = Block._meta.db_table
PARTICIPANTS = Participant._meta.db_table


@dataclass(frozen=True)
class Sql:
    """A statement or fragment with its parameters, in the DB-API ``%s`` style."""

    text: str
    params: tuple[Any, ...] = ()
    #: Cheaper to run again than to keep: SQLite plans the lookups from a kept (materialized)
    #: list of events poorly when the list is used twice, as in a union.
    repeatable: bool = False


def fetch(statement: Sql) -> list[tuple[Any, ...]]:
    with reading(Event).cursor() as cursor:
        cursor.execute(statement.text, list(statement.params))
        return [tuple(row) for row in cursor.fetchall()]


def visible_where(language: str) -> Sql:
    """True for the rows of the events table (unaliased) a reader may see in ``language``."""
    query = published(language).query
    text, params = query.get_compiler(connection=reading(Event)).compile(query.where)
    return Sql(text, tuple(params))


def sqlite() -> bool:
    """Whether the statements run on SQLite (else PostgreSQL)."""
    return reading(Event).vendor == "sqlite"


def forced_join() -> str:
    """A join SQLite keeps in the written order (PostgreSQL plans any inner join)."""
    return "CROSS JOIN" if sqlite() else "INNER JOIN"


def unindexed() -> str:
    """Put before a column to keep SQLite from choosing an index on it (unary plus)."""
    return "+" if sqlite() else ""


def year_of(column: str) -> str:
    if sqlite():
        return f"CAST(substr({column}, 1, 4) AS integer)"
    return f"CAST(EXTRACT(YEAR FROM {column}) AS integer)"


def month_of(column: str) -> str:
    """``'YYYY-MM'`` text: sorts and groups like the month."""
    if sqlite():
        return f"substr({column}, 1, 7)"
    return f"to_char({column}, 'YYYY-MM')"


def visible_of(subject: Sql, language: str) -> Sql:
    """``(id, date)`` of the visible events among ``subject``, a statement of ``event_id``s.

    The subject drives: each of its events is looked up once by primary key.
    """
    where = visible_where(language)
    text = (
        f"SELECT {EVENTS}.id, {EVENTS}.date FROM ({subject.text}) subject "
        f"{forced_join()} {EVENTS} ON {EVENTS}.id = subject.event_id WHERE {where.text}"
    )
    return Sql(text, subject.params + where.params, subject.repeatable)


def all_visible(language: str) -> Sql:
    """``(id, date)`` of every visible event of ``language``: a scan of a covering index."""
    where = visible_where(language)
    text = f"SELECT {EVENTS}.id, {EVENTS}.date FROM {EVENTS} WHERE {where.text}"
    return Sql(text, where.params, repeatable=True)


def person_subject(person_id: int) -> Sql:
    """Events the person is tagged in or speaks in, any status and language: the
    participants table (``models.Participant``) holds each such event once."""
    return Sql(f"SELECT event_id FROM {PARTICIPANTS} WHERE person_id = %s", (person_id,))


def tag_subject(kind: str, tag_id: int) -> Sql:
    """Events filed under a topic or a place, any status."""
    table, column = {"topic": (TOPICS, "topic_id"), "place": (PLACES, "place_id")}[kind]
    text = f"SELECT DISTINCT event_id FROM {table} WHERE {column} = %s"
    return Sql(text, (tag_id,), repeatable=True)


#: Builds a grouped count over the events of a statement of ``(id, date)`` rows, or over
#: every event when given None: rows of a key and numbers.
Grouped = Callable[[Sql | None], Sql]


def over_visible(language: str, grouped: Grouped) -> list[tuple[Any, ...]]:
    """The rows of ``grouped`` over the visible events of ``language``."""
    return fetch(grouped(all_visible(language)))


def over(events: Sql | None, table: str, turns_only: bool = False) -> tuple[str, tuple[Any, ...]]:
    """``FROM`` text for rows ``t`` of ``table``: of the events of ``events``, or all of them.

    ``turns_only`` keeps the speech turns of the blocks table. Joined to events, the
    kind is tested unindexed on SQLite so that it finds each event's blocks by the
    event (without statistics it would rather scan every turn for each event).
    """
    kind: tuple[Any, ...] = (Block.Kind.TURN,) if turns_only else ()
    if events is None:
        return f"{table} t" + (" WHERE t.kind = %s" if turns_only else ""), kind
    on = f" AND {unindexed()}t.kind = %s" if turns_only else ""
    return (
        f"({events.text}) s {forced_join()} {table} t ON t.event_id = s.id{on}",
        (*events.params, *kind),
    )
