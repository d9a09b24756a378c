"""The events a figure counts, as SQL that the database plans from the small side.

Which events a reader may see is decided in one place, ``Event.objects.published()``;
``visible_where`` compiles that queryset's condition into SQL on the events table, so
the statements here reuse the rule instead of restating it.

Written so that SQLite (which has no hash joins and trusts the order of a ``CROSS
JOIN``) walks the small side first: a person's or a tag's events drive the lookups of
the events table by primary key, instead of every published event being listed and
probed. For the whole archive, when most events are visible, counts over a table are
taken over all its rows minus the rows of the other events (``over_visible``): an
ordered scan of a covering index and a few lookups, instead of one lookup per row.
The statements run unchanged on PostgreSQL, which plans them its own way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pressroom.core.sql import reading
from pressroom.events.models import Block, Event, EventPerson, EventPlace, EventTopic, Status
from pressroom.stats.cache import cached_figure
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


def _elsewhere(language: str, select: str) -> Sql:
    """``select`` over the events of other languages: two ranges of a language index."""
    text = f"SELECT {select} FROM {EVENTS} WHERE language < %s OR language > %s"
    return Sql(text, (language, language))


def _hidden(language: str, select: str) -> Sql:
    """``select`` over the events of ``language`` a reader may not see.

    A published event is always visible, so only the other statuses (few rows of the
    status index) are tested against the rule; ``CASE`` keeps an unknown (a scheduled
    event with no time) on this side.
    """
    where = visible_where(language)
    others = [status for status in Status.values if status != Status.PUBLISHED]
    marks = ", ".join(["%s"] * len(others))
    text = (
        f"SELECT {select} FROM {EVENTS} WHERE language = %s AND status IN ({marks}) "
        f"AND CASE WHEN {where.text} THEN 0 ELSE 1 END = 1"
    )
    return Sql(text, (language, *others, *where.params))


def complement(language: str) -> Sql:
    """``(id, date)`` of the events a reader may not see in ``language``: other
    languages, drafts, withdrawn events, scheduled ones not yet due."""
    select = f"{EVENTS}.id, {EVENTS}.date"
    elsewhere, hidden = _elsewhere(language, select), _hidden(language, select)
    return Sql(f"{elsewhere.text} UNION ALL {hidden.text}", elsewhere.params + hidden.params)


@cached_figure("scope.mostly_visible")
def mostly_visible(language: str) -> bool:
    """Whether most events are visible in ``language``: then counting all rows and
    subtracting the rest reads fewer rows than looking up each visible event.
    Counted from indexes."""
    elsewhere, hidden = _elsewhere(language, "COUNT(*)"), _hidden(language, "COUNT(*)")
    ((everything, invisible),) = fetch(
        Sql(
            f"SELECT (SELECT COUNT(*) FROM {EVENTS}), ({elsewhere.text}) + ({hidden.text})",
            elsewhere.params + hidden.params,
        )
    )
    return bool(everything) and 2 * int(invisible) <= int(everything)


#: Builds a grouped count over the events of a statement of ``(id, date)`` rows, or over
#: every event when given None: rows of a key and numbers.
Grouped = Callable[[Sql | None], Sql]


def over_visible(language: str, grouped: Grouped, keys: int = 1) -> list[tuple[Any, ...]]:
    """The rows of ``grouped`` over the visible events of ``language``.

    Counts, sums and distinct events per key (the first ``keys`` columns) add up over
    disjoint sets of events, so when most events are visible they are taken over every
    event minus the others: an ordered scan of a covering index and a few lookups,
    instead of one lookup for each visible event. Keys whose numbers all come to zero
    are left out.
    """
    if not mostly_visible(language):
        return fetch(grouped(all_visible(language)))
    totals: dict[tuple[Any, ...], list[int]] = {}
    for row in fetch(grouped(None)):
        totals[row[:keys]] = [int(n or 0) for n in row[keys:]]
    for row in fetch(grouped(complement(language))):
        key = row[:keys]
        totals[key] = [t - int(n or 0) for t, n in zip(totals[key], row[keys:], strict=True)]
    return [(*key, *numbers) for key, numbers in totals.items() if any(numbers)]


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
