"""One person: events over time, words spoken, the people met, topics, places, turns."""

from __future__ import annotations

from django.db.models.functions import Substr

from pressroom.events.models import Block
from pressroom.stats.cache import cached_figure
from pressroom.stats.queries.base import TOP, bounded, excerpt_length, filled_months
from pressroom.stats.queries.names import person_names
from pressroom.stats.queries.participation import met_with
from pressroom.stats.queries.scope import (
    BLOCKS,
    EVENTS,
    PARTICIPANTS,
    Sql,
    fetch,
    forced_join,
    month_of,
    person_subject,
    visible_of,
    visible_where,
    year_of,
)
from pressroom.stats.queries.tagtables import place_table, tag_counts, topic_table
from pressroom.stats.table import Table


def person_scope(person_id: int, language: str) -> Sql:
    """``(id, date)`` of the visible events the person is tagged in or speaks in."""
    return visible_of(person_subject(person_id), language)


def _per_period(person_id: int, language: str, period: str) -> list[tuple[str | int, int]]:
    scope = person_scope(person_id, language)
    rows = fetch(
        Sql(
            f"SELECT {period} AS period, COUNT(*) FROM ({scope.text}) s "
            "WHERE s.date IS NOT NULL GROUP BY 1 ORDER BY 1",
            scope.params,
        )
    )
    return [(period_value, int(n)) for period_value, n in rows]


@cached_figure("person.events_per_month")
def events_per_month(person_id: int, language: str = "en") -> Table:
    counts = _per_period(person_id, language, month_of("s.date"))
    return Table("Events per month", ("month", "events"), filled_months(counts))


@cached_figure("person.events_per_year")
def events_per_year(person_id: int, language: str = "en") -> Table:
    rows = tuple(_per_period(person_id, language, year_of("s.date")))
    return Table("Events per year", ("year", "events"), rows)


def _spoken(person_id: int, language: str, select: str, tail: str) -> Sql:
    """The person's turns in visible events, joined to their event: ``b`` and the events table."""
    where = visible_where(language)
    return Sql(
        f"SELECT {select} FROM {BLOCKS} b {forced_join()} {EVENTS} "
        f"ON {EVENTS}.id = b.event_id WHERE b.kind = %s AND b.person_id = %s "
        f"AND {where.text} {tail}",
        (Block.Kind.TURN, person_id, *where.params),
    )


@cached_figure("person.words_per_year")
def words_per_year(person_id: int, language: str = "en") -> Table:
    # The person's words and turns are kept per event (``models.Participant``): each
    # event they spoke in is looked up once.
    where = visible_where(language)
    year = year_of(f"{EVENTS}.date")
    rows = fetch(
        Sql(
            f"SELECT {year}, SUM(t.words), SUM(t.turns) FROM {PARTICIPANTS} t "
            f"{forced_join()} {EVENTS} ON {EVENTS}.id = t.event_id "
            f"WHERE t.person_id = %s AND t.turns > 0 AND {where.text} "
            f"AND {EVENTS}.date IS NOT NULL GROUP BY 1 ORDER BY 1",
            (person_id, *where.params),
        )
    )
    return Table(
        "Words spoken per year",
        ("year", "words", "turns"),
        tuple((int(y), int(w or 0), int(t)) for y, w, t in rows),
    )


@cached_figure("person.met")
def people_met(person_id: int, language: str = "en", limit: int = TOP) -> Table:
    """The people in most of the same events (tagged or speaking), most first."""
    counts = met_with(person_id, language, bounded(limit))
    names = person_names(p for p, _ in counts)
    rows = tuple((p, names.get(p, ""), n) for p, n in counts)
    return Table("People met most often", ("id", "person", "events"), rows)


@cached_figure("person.topics")
def topics(person_id: int, language: str = "en", limit: int = TOP) -> Table:
    counts = tag_counts(person_scope(person_id, language), "topic")
    return topic_table("Topics most associated", counts, bounded(limit))


@cached_figure("person.places")
def places(person_id: int, language: str = "en", limit: int = TOP) -> Table:
    counts = tag_counts(person_scope(person_id, language), "place")
    return place_table("Places", counts, bounded(limit))


#: A person with at least this many turns is most quickly served by walking the events
#: newest first; one with fewer, by sorting their turns.
MANY_TURNS = 500


def _has_many_turns(person_id: int) -> bool:
    (found,) = fetch(
        Sql(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM {BLOCKS} WHERE kind = %s AND person_id = %s "
            "LIMIT %s) bounded",
            (Block.Kind.TURN, person_id, MANY_TURNS),
        )
    )[0]
    return int(found) >= MANY_TURNS


def _newest_spoken(person_id: int, language: str, limit: int) -> Sql:
    """The person's turns, newest event first, walking the visible events in reading order
    (the events' (language, date, time, number) index) until ``limit`` are found."""
    where = visible_where(language)
    event = EVENTS
    return Sql(
        f"SELECT b.id FROM {event} {forced_join()} {BLOCKS} b ON b.event_id = {event}.id "
        f"AND b.kind = %s AND b.person_id = %s WHERE {where.text} "
        f"ORDER BY {event}.date DESC NULLS LAST, {event}.time DESC NULLS LAST, "
        f"{event}.number DESC, b.position DESC LIMIT %s",
        (Block.Kind.TURN, person_id, *where.params, limit),
    )


def _turn_table(title: str, ids: list[int]) -> Table:
    """The rows of the turns ``ids``, in that order: sorting ids keeps texts out of the sort."""
    found = {
        pk: rest
        for pk, *rest in Block.objects.filter(pk__in=ids)
        .annotate(excerpt=Substr("text", 1, excerpt_length()))
        .values_list("pk", "event__number", "event__date", "event__title", "word_count", "excerpt")
    }
    rows = []
    for pk in ids:
        number, day, event_title, words, excerpt = found[pk]
        rows.append((number, day.isoformat() if day else None, event_title, words, excerpt))
    return Table(title, ("event", "date", "title", "words", "excerpt"), tuple(rows))


def _ids(statement: Sql) -> list[int]:
    return [int(pk) for (pk,) in fetch(statement)]


@cached_figure("person.longest_turns")
def longest_turns(person_id: int, language: str = "en", limit: int = 10) -> Table:
    # The turns index is ordered by length: the first ten visible ones end the search.
    event = EVENTS
    order = (
        f"b.word_count DESC, {event}.date DESC NULLS LAST, {event}.number, b.position "
        f"LIMIT {bounded(limit, 10)}"
    )
    return _turn_table(
        "Longest turns", _ids(_spoken(person_id, language, "b.id", f"ORDER BY {order}"))
    )


@cached_figure("person.recent_turns")
def recent_turns(person_id: int, language: str = "en", limit: int = 10) -> Table:
    # Nulls last, spelled out: PostgreSQL would put them first.
    count = bounded(limit, 10)
    if _has_many_turns(person_id):
        return _turn_table("Most recent turns", _ids(_newest_spoken(person_id, language, count)))
    event = EVENTS
    order = (
        f"{event}.date DESC NULLS LAST, {event}.time DESC NULLS LAST, "
        f"{event}.number DESC, b.position DESC LIMIT {count}"
    )
    return _turn_table(
        "Most recent turns", _ids(_spoken(person_id, language, "b.id", f"ORDER BY {order}"))
    )
