"""One person: events over time, words spoken, the people met, topics, places, turns."""

from __future__ import annotations

from django.db.models import Count, F, Q, QuerySet, Sum
from django.db.models.functions import Substr

from pressroom.events.models import Block, Event, EventPerson, EventPlace, EventTopic
from pressroom.stats.cache import cached_figure
from pressroom.stats.queries.base import TOP, bounded, excerpt_length, filled_months, published
from pressroom.stats.queries.names import person_names
from pressroom.stats.queries.participation import top_participants
from pressroom.stats.queries.periods import MonthOf, YearOf
from pressroom.stats.table import Table


def person_events(person_id: int, language: str = "en") -> QuerySet[Event]:
    """Published events the person is tagged in or speaks in."""
    tagged = EventPerson.objects.filter(person_id=person_id).values("event")
    spoke = Block.objects.filter(person_id=person_id, kind=Block.Kind.TURN).values("event")
    return published(language).filter(Q(pk__in=tagged) | Q(pk__in=spoke))


def _turns(person_id: int, language: str) -> QuerySet[Block]:
    return Block.objects.filter(
        person_id=person_id, kind=Block.Kind.TURN, event__in=published(language)
    )


@cached_figure("person.events_per_month")
def events_per_month(person_id: int, language: str = "en") -> Table:
    counts = (
        person_events(person_id, language)
        .exclude(date=None)
        .annotate(month=MonthOf("date"))
        .values("month")
        .annotate(events=Count("pk"))
        .order_by("month")
        .values_list("month", "events")
    )
    return Table("Events per month", ("month", "events"), filled_months(counts))


@cached_figure("person.events_per_year")
def events_per_year(person_id: int, language: str = "en") -> Table:
    rows = (
        person_events(person_id, language)
        .exclude(date=None)
        .annotate(year=YearOf("date"))
        .values("year")
        .annotate(events=Count("pk"))
        .order_by("year")
        .values_list("year", "events")
    )
    return Table("Events per year", ("year", "events"), tuple(rows))


@cached_figure("person.words_per_year")
def words_per_year(person_id: int, language: str = "en") -> Table:
    rows = (
        _turns(person_id, language)
        .exclude(event__date=None)
        .annotate(year=YearOf("event__date"))
        .values("year")
        .annotate(words=Sum("word_count"), turns=Count("pk"))
        .order_by("year")
        .values_list("year", "words", "turns")
    )
    return Table("Words spoken per year", ("year", "words", "turns"), tuple(rows))


@cached_figure("person.met")
def people_met(person_id: int, language: str = "en", limit: int = TOP) -> Table:
    """The people in most of the same events (tagged or speaking), most first."""
    counts = top_participants(person_events(person_id, language), bounded(limit), person_id)
    names = person_names(p for p, _ in counts)
    rows = tuple((p, names.get(p, ""), n) for p, n in counts)
    return Table("People met most often", ("id", "person", "events"), rows)


@cached_figure("person.topics")
def topics(person_id: int, language: str = "en", limit: int = TOP) -> Table:
    rows = (
        EventTopic.objects.filter(event__in=person_events(person_id, language))
        .values("topic", "topic__name")
        .annotate(events=Count("event", distinct=True))
        .order_by("-events", "topic__name")
        .values_list("topic", "topic__name", "events")[: bounded(limit)]
    )
    return Table("Topics most associated", ("id", "topic", "events"), tuple(rows))


@cached_figure("person.places")
def places(person_id: int, language: str = "en", limit: int = TOP) -> Table:
    rows = (
        EventPlace.objects.filter(event__in=person_events(person_id, language))
        .values("place", "place__name", "place__kind", "place__catalog_id")
        .annotate(events=Count("event", distinct=True))
        .order_by("-events", "place__name")
        .values_list("place", "place__name", "place__kind", "place__catalog_id", "events")[
            : bounded(limit)
        ]
    )
    return Table("Places", ("id", "place", "kind", "code", "events"), tuple(rows))


def _turn_table(title: str, turns: QuerySet[Block], limit: int) -> Table:
    rows = turns.annotate(excerpt=Substr("text", 1, excerpt_length())).values_list(
        "event__number", "event__date", "event__title", "word_count", "excerpt"
    )[: bounded(limit, 10)]
    return Table(
        title,
        ("event", "date", "title", "words", "excerpt"),
        tuple(
            (number, day.isoformat() if day else None, event_title, words, excerpt)
            for number, day, event_title, words, excerpt in rows
        ),
    )


@cached_figure("person.longest_turns")
def longest_turns(person_id: int, language: str = "en", limit: int = 10) -> Table:
    turns = _turns(person_id, language).order_by(
        "-word_count", F("event__date").desc(nulls_last=True), "event__number", "position"
    )
    return _turn_table("Longest turns", turns, limit)


@cached_figure("person.recent_turns")
def recent_turns(person_id: int, language: str = "en", limit: int = 10) -> Table:
    # Nulls last on both backends (PostgreSQL would put them first).
    turns = _turns(person_id, language).order_by(
        F("event__date").desc(nulls_last=True),
        F("event__time").desc(nulls_last=True),
        "-event__number",
        "-position",
    )
    return _turn_table("Most recent turns", turns, limit)
