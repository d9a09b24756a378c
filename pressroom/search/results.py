"""What a search returns: plain dataclasses, the same for the page, JSON and the API."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

#: Facet names, in the order pages show them.
FACETS = ("speakers", "topics", "places", "sections", "years")


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet: its name, how many results have it, the filter to add."""

    name: str
    count: int
    filter: str


@dataclass(frozen=True)
class Facets:
    speakers: tuple[FacetValue, ...] = ()
    topics: tuple[FacetValue, ...] = ()
    places: tuple[FacetValue, ...] = ()
    sections: tuple[FacetValue, ...] = ()
    years: tuple[FacetValue, ...] = ()


@dataclass(frozen=True)
class Hit:
    """An event, or one speech turn of an event, that matches."""

    kind: str  # "event" or "turn"
    number: int
    language: str
    title: str
    date: dt.date | None
    #: The event page; for a turn, anchored at it (``#t<sequence>``).
    url: str
    #: HTML: the title and the best stretch of text, escaped, matches in <mark>.
    title_html: str
    snippet: str
    speaker: str = ""
    person_id: int | None = None
    label: str = ""
    position: int | None = None
    #: A turn's number in its event (1 for the first), as its page anchor counts.
    sequence: int | None = None
    score: float = 0.0


@dataclass(frozen=True)
class SpeakerGroup:
    """ "Who says it most": a speaker, their number of matching turns, their best turns."""

    speaker: FacetValue
    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class SearchResults:
    query: str
    kind: str = "events"
    order: str = "relevance"
    page: int = 1
    page_size: int = 20
    total: int = 0
    #: False when ``total`` is a lower bound: more matched than were counted ("10,000+").
    total_exact: bool = True
    #: 0 when ranking and facets cover every match; else they cover only this many,
    #: the newest matches (ids ordered as events enter the archive).
    sample: int = 0
    hits: tuple[Hit, ...] = ()
    groups: tuple[SpeakerGroup, ...] = ()
    facets: Facets = field(default_factory=Facets)
    #: Why the query could not be searched (bad syntax), for the reader.
    error: str = ""
    #: Things the reader should know: a filter that names nobody, a page too far.
    notices: tuple[str, ...] = ()
    #: The parse tree, as ``Query.describe`` writes it.
    parsed: str = ""

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types, field by field (``asdict`` deep-copies every value: slow)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["hits"] = [_hit_dict(h) for h in self.hits]
        data["groups"] = [
            {"speaker": _plain(g.speaker), "hits": [_hit_dict(h) for h in g.hits]}
            for g in self.groups
        ]
        data["facets"] = {
            f.name: [_plain(v) for v in getattr(self.facets, f.name)] for f in fields(self.facets)
        }
        data["notices"] = list(self.notices)
        data["pages"] = self.pages
        return data


def _plain(value: Any) -> dict[str, Any]:
    """A flat dataclass as a dict (its fields hold plain values)."""
    return {name: getattr(value, name) for name in _names(type(value))}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _names(kind: type) -> tuple[str, ...]:
    """A dataclass's field names (``fields`` is slow to call for every hit)."""
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind))
    return names


def _hit_dict(hit: Hit) -> dict[str, Any]:
    data = _plain(hit)
    data["date"] = hit.date.isoformat() if hit.date else None
    # The marked HTML as plain strings (they are escaped already).
    data["title_html"], data["snippet"] = str(hit.title_html), str(hit.snippet)
    return data
