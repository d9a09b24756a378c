"""One topic or one place: events over time, the persons most present, the places on a map."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from pressroom.events.models import Event, EventPlace, EventTopic
from pressroom.stats.cache import cached_figure
from pressroom.stats.queries.base import TOP, bounded, filled_months, published
from pressroom.stats.queries.names import person_names
from pressroom.stats.queries.participation import top_participants
from pressroom.stats.queries.periods import MonthOf
from pressroom.stats.table import Table
from pressroom.taxonomy.models import Place, Topic

#: "topic" or "place": which tag table a figure filters on.
KINDS = ("topic", "place")


def tagged_events(kind: str, tag_id: int) -> QuerySet[Event]:
    """Published events filed under the topic or place (in the tag's own language)."""
    if kind == "topic":
        language = Topic.objects.values_list("language", flat=True).get(pk=tag_id)
        through = EventTopic.objects.filter(topic_id=tag_id)
    elif kind == "place":
        language = Place.objects.values_list("language", flat=True).get(pk=tag_id)
        through = EventPlace.objects.filter(place_id=tag_id)  # type: ignore[assignment]
    else:
        raise ValueError(f"kind: expected one of {KINDS}, got {kind!r}")
    return published(language).filter(pk__in=through.values("event"))


@cached_figure("tag.events_per_month")
def events_per_month(kind: str, tag_id: int) -> Table:
    counts = (
        tagged_events(kind, tag_id)
        .exclude(date=None)
        .annotate(month=MonthOf("date"))
        .values("month")
        .annotate(events=Count("pk"))
        .order_by("month")
        .values_list("month", "events")
    )
    return Table("Events per month", ("month", "events"), filled_months(counts))


@cached_figure("tag.persons")
def persons(kind: str, tag_id: int, limit: int = TOP) -> Table:
    """The persons in most of these events, tagged or speaking."""
    counts = top_participants(tagged_events(kind, tag_id), bounded(limit))
    names = person_names(p for p, _ in counts)
    rows = tuple((p, names.get(p, ""), n) for p, n in counts)
    return Table("Persons most present", ("id", "person", "events"), rows)


@cached_figure("tag.topics")
def topics(kind: str, tag_id: int, limit: int = TOP) -> Table:
    filed = EventTopic.objects.filter(event__in=tagged_events(kind, tag_id))
    if kind == "topic":
        filed = filed.exclude(topic_id=tag_id)
    rows = (
        filed.values("topic", "topic__name")
        .annotate(events=Count("event", distinct=True))
        .order_by("-events", "topic__name")
        .values_list("topic", "topic__name", "events")[: bounded(limit)]
    )
    return Table("Topics filed alongside", ("id", "topic", "events"), tuple(rows))


@cached_figure("tag.places")
def places(kind: str, tag_id: int) -> Table:
    """Every place these events are filed under, with its kind and code, for the map."""
    rows = (
        EventPlace.objects.filter(event__in=tagged_events(kind, tag_id))
        .values("place", "place__name", "place__kind", "place__catalog_id")
        .annotate(events=Count("event", distinct=True))
        .order_by("-events", "place__name")
        .values_list("place", "place__name", "place__kind", "place__catalog_id", "events")
    )
    return Table("Places", ("id", "place", "kind", "code", "events"), tuple(rows))
