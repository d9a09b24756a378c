"""One topic or one place: events over time, the persons most present, the places on a map."""

from __future__ import annotations

from pressroom.stats.cache import cached_figure
from pressroom.stats.queries.base import TOP, bounded, filled_months
from pressroom.stats.queries.names import person_names
from pressroom.stats.queries.participation import top_participants
from pressroom.stats.queries.scope import Sql, fetch, month_of, tag_subject, visible_of
from pressroom.stats.queries.tagtables import place_table, tag_counts, topic_table
from pressroom.stats.table import Table
from pressroom.taxonomy.models import Place, Topic

#: "topic" or "place": which tag table a figure filters on.
KINDS = ("topic", "place")


def tag_scope(kind: str, tag_id: int) -> Sql:
    """``(id, date)`` of the visible events filed under the topic or place, in its language."""
    if kind == "topic":
        language = Topic.objects.values_list("language", flat=True).get(pk=tag_id)
    elif kind == "place":
        language = Place.objects.values_list("language", flat=True).get(pk=tag_id)
    else:
        raise ValueError(f"kind: expected one of {KINDS}, got {kind!r}")
    return visible_of(tag_subject(kind, tag_id), language)


@cached_figure("tag.events_per_month")
def events_per_month(kind: str, tag_id: int) -> Table:
    scope = tag_scope(kind, tag_id)
    counts = fetch(
        Sql(
            f"SELECT {month_of('s.date')}, COUNT(*) FROM ({scope.text}) s "
            "WHERE s.date IS NOT NULL GROUP BY 1 ORDER BY 1",
            scope.params,
        )
    )
    return Table("Events per month", ("month", "events"), filled_months(counts))


@cached_figure("tag.persons")
def persons(kind: str, tag_id: int, limit: int = TOP) -> Table:
    """The persons in most of these events, tagged or speaking."""
    counts = top_participants(tag_scope(kind, tag_id), bounded(limit))
    names = person_names(p for p, _ in counts)
    rows = tuple((p, names.get(p, ""), n) for p, n in counts)
    return Table("Persons most present", ("id", "person", "events"), rows)


@cached_figure("tag.topics")
def topics(kind: str, tag_id: int, limit: int = TOP) -> Table:
    counts = tag_counts(tag_scope(kind, tag_id), "topic")
    if kind == "topic":
        counts = [(topic, n) for topic, n in counts if topic != tag_id]
    return topic_table("Topics filed alongside", counts, bounded(limit))


@cached_figure("tag.places")
def places(kind: str, tag_id: int) -> Table:
    """Every place these events are filed under, with its kind and code, for the map."""
    return place_table("Places", tag_counts(tag_scope(kind, tag_id), "place"), None)
