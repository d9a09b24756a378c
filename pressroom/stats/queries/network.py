"""Persons as nodes, events shared as weighted edges, for any filter of the archive."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from pressroom.events.models import Event, EventPlace, EventTopic
from pressroom.stats.cache import cached_figure
from pressroom.stats.queries.base import bounded, published
from pressroom.stats.queries.names import person_names
from pressroom.stats.queries.participation import network_rows
from pressroom.stats.table import Table

#: Persons drawn by default: enough to see the structure, few enough to read.
NODES = 40
#: Edges kept at most, strongest first.
EDGES = 400


@dataclass(frozen=True)
class NetworkFilter:
    language: str = "en"
    topic: int | None = None
    place: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    nodes: int = NODES

    def events(self) -> QuerySet[Event]:
        events = published(self.language)
        if self.topic is not None:
            events = events.filter(
                pk__in=EventTopic.objects.filter(topic_id=self.topic).values("event")
            )
        if self.place is not None:
            events = events.filter(
                pk__in=EventPlace.objects.filter(place_id=self.place).values("event")
            )
        if self.year_from is not None:
            events = events.filter(date__year__gte=self.year_from)
        if self.year_to is not None:
            events = events.filter(date__year__lte=self.year_to)
        return events


@dataclass(frozen=True)
class Network:
    nodes: Table
    edges: Table


def network(selection: NetworkFilter) -> Network:
    return _network(
        selection.language,
        selection.topic,
        selection.place,
        selection.year_from,
        selection.year_to,
        bounded(selection.nodes, NODES),
    )


@cached_figure("network")
def _network(
    language: str,
    topic: int | None,
    place: int | None,
    year_from: int | None,
    year_to: int | None,
    nodes: int,
) -> Network:
    selection = NetworkFilter(language, topic, place, year_from, year_to, nodes)
    counts, pairs = network_rows(selection.events(), nodes, EDGES)
    names = person_names(p for p, _ in counts)
    node_rows = tuple((p, names.get(p, ""), n) for p, n in counts)
    edge_rows = tuple(pairs)
    return Network(
        nodes=Table("Persons", ("id", "person", "events"), node_rows),
        edges=Table("Events shared", ("source", "target", "events"), edge_rows),
    )
