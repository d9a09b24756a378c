"""The archive as a whole: events per year and section, transcripts, busiest days, tags."""

from __future__ import annotations

from django.db.models import Count, F, Sum

from pressroom.events.models import Block, EventPerson, EventPlace, EventTopic
from pressroom.stats.cache import cached_figure
from pressroom.stats.queries.base import TOP, bounded, published
from pressroom.stats.queries.periods import YearOf
from pressroom.stats.table import Table


@cached_figure("archive.events_per_year")
def events_per_year(language: str = "en") -> Table:
    rows = (
        published(language)
        .exclude(date=None)
        .annotate(year=YearOf("date"))
        .values("year")
        .annotate(events=Count("pk"))
        .order_by("year")
        .values_list("year", "events")
    )
    return Table("Events per year", ("year", "events"), tuple(rows))


@cached_figure("archive.events_per_year_by_section")
def events_per_year_by_section(language: str = "en") -> Table:
    rows = (
        published(language)
        .exclude(date=None)
        .annotate(year=YearOf("date"), name=F("eventsection__section__name"))
        .exclude(name=None)
        .values("year", "name")
        .annotate(events=Count("pk", distinct=True))
        .order_by("year", "name")
        .values_list("year", "name", "events")
    )
    return Table("Events per year by section", ("year", "section", "events"), tuple(rows))


@cached_figure("archive.transcripts")
def transcripts(language: str = "en") -> Table:
    """Totals over every speech turn: words, turns, transcripts, identified speakers."""
    totals = Block.objects.filter(event__in=published(language), kind=Block.Kind.TURN).aggregate(
        words=Sum("word_count"),
        turns=Count("pk"),
        transcripts=Count("event", distinct=True),
        speakers=Count("person", distinct=True),
    )
    rows = tuple(
        (name, int(totals[name] or 0)) for name in ("words", "turns", "transcripts", "speakers")
    )
    return Table("Transcripts", ("measure", "value"), rows)


@cached_figure("archive.busiest_days")
def busiest_days(language: str = "en", limit: int = 10) -> Table:
    rows = (
        published(language)
        .exclude(date=None)
        .values("date")
        .annotate(events=Count("pk"))
        .order_by("-events", "-date")
        .values_list("date", "events")[: bounded(limit)]
    )
    return Table(
        "Busiest days",
        ("date", "events"),
        tuple((d.isoformat() if d else None, n) for d, n in rows),
    )


@cached_figure("archive.top_topics")
def top_topics(language: str = "en", limit: int = TOP) -> Table:
    rows = (
        EventTopic.objects.filter(event__in=published(language))
        .values("topic", "topic__name")
        .annotate(events=Count("event", distinct=True))
        .order_by("-events", "topic__name")
        .values_list("topic", "topic__name", "events")[: bounded(limit)]
    )
    return Table("Most frequent topics", ("id", "topic", "events"), tuple(rows))


@cached_figure("archive.top_places")
def top_places(language: str = "en", limit: int = TOP) -> Table:
    rows = (
        EventPlace.objects.filter(event__in=published(language))
        .values("place", "place__name")
        .annotate(events=Count("event", distinct=True))
        .order_by("-events", "place__name")
        .values_list("place", "place__name", "events")[: bounded(limit)]
    )
    return Table("Most frequent places", ("id", "place", "events"), tuple(rows))


@cached_figure("archive.top_persons")
def top_persons(language: str = "en", limit: int = TOP) -> Table:
    rows = (
        EventPerson.objects.filter(event__in=published(language))
        .values("person", "person__name")
        .annotate(events=Count("event", distinct=True))
        .order_by("-events", "person__name")
        .values_list("person", "person__name", "events")[: bounded(limit)]
    )
    return Table("Most frequent persons (tags)", ("id", "person", "events"), tuple(rows))


@cached_figure("archive.places")
def places(language: str = "en") -> Table:
    """Every place events are filed under, with its kind and code, for the map."""
    rows = (
        EventPlace.objects.filter(event__in=published(language))
        .values("place", "place__name", "place__kind", "place__catalog_id")
        .annotate(events=Count("event", distinct=True))
        .order_by("-events", "place__name")
        .values_list("place", "place__name", "place__kind", "place__catalog_id", "events")
    )
    return Table("Places", ("id", "place", "kind", "code", "events"), tuple(rows))
