"""Persons as nodes, events shared as weighted edges, for any filter of the archive."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pressroom.stats.cache import cached_figure
from pressroom.stats.queries.base import bounded
from pressroom.stats.queries.names import person_names
from pressroom.stats.queries.participation import network_rows, network_rows_visible
from pressroom.stats.queries.scope import Sql, all_visible, tag_subject, visible_of
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

    def is_whole_archive(self) -> bool:
        """No topic, place or years: every visible event of the language."""
        bounds = (self.topic, self.place, self.year_from, self.year_to)
        return all(bound is None for bound in bounds)

    def scope(self) -> Sql:
        """``(id, date)`` of the visible events the filter selects.

        A topic or place drives from its own events; the years bound the dates.
        """
        subjects = []
        if self.topic is not None:
            subjects.append(tag_subject("topic", self.topic))
        if self.place is not None:
            subjects.append(tag_subject("place", self.place))
        if subjects:
            subject = Sql(
                " INTERSECT ".join(s.text for s in subjects),
                tuple(p for s in subjects for p in s.params),
                repeatable=True,
            )
            scope = visible_of(subject, self.language)
        else:
            scope = all_visible(self.language)
        bounds, params = [], []
        if self.year_from is not None:
            bounds.append("s.date >= %s")
            params.append(dt.date(self.year_from, 1, 1))
        if self.year_to is not None:
            bounds.append("s.date <= %s")  # not < the next 1 January: there is none after 9999
            params.append(dt.date(self.year_to, 12, 31))
        if not bounds:
            return scope
        return Sql(
            f"SELECT s.id, s.date FROM ({scope.text}) s WHERE {' AND '.join(bounds)}",
            (*scope.params, *params),
            scope.repeatable,
        )


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
    if selection.is_whole_archive():
        counts, pairs = network_rows_visible(language, nodes, EDGES)
    else:
        counts, pairs = network_rows(selection.scope(), nodes, EDGES)
    names = person_names(p for p, _ in counts)
    node_rows = tuple((p, names.get(p, ""), n) for p, n in counts)
    edge_rows = tuple(pairs)
    return Network(
        nodes=Table("Persons", ("id", "person", "events"), node_rows),
        edges=Table("Events shared", ("source", "target", "events"), edge_rows),
    )
