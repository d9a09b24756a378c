"""/search: the archive's search as JSON, through ``pressroom.search.search`` (docs/search.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router
from ninja import Schema as QuerySchema

from pressroom.api.errors import ERRORS, ApiError
from pressroom.api.schemas import Schema
from pressroom.search import search

router = Router(tags=["search"])

#: The search engine caps pages at this size.
MAX_PAGE_SIZE = 100
MAX_QUERY = 500


class SearchParams(QuerySchema):
    q: str = Field(..., min_length=1, max_length=MAX_QUERY, description="docs/search.md syntax.")
    order: Literal["relevance", "date", "speaker"] = "relevance"
    page: int = Field(1, ge=1, le=10_000)
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE)


class FacetValueOut(Schema):
    name: str
    count: int
    filter: str = Field(description="Add this to the query to narrow to the value.")


class FacetsOut(Schema):
    speakers: list[FacetValueOut]
    topics: list[FacetValueOut]
    places: list[FacetValueOut]
    sections: list[FacetValueOut]
    years: list[FacetValueOut]


class HitOut(Schema):
    kind: Literal["event", "turn"]
    id: int
    language: Literal["en", "ru"]
    title: str
    date: dt.date | None
    url: str
    title_html: str = Field(description="Escaped HTML, matches in <mark>.")
    snippet: str = Field(description="Escaped HTML, matches in <mark>.")
    speaker: str
    person_id: int | None
    label: str
    position: int | None
    score: float


class SpeakerGroupOut(Schema):
    speaker: FacetValueOut
    hits: list[HitOut]


class SearchOut(Schema):
    query: str
    kind: Literal["events", "turns"]
    order: Literal["relevance", "date", "speaker"]
    page: int
    page_size: int
    total: int
    total_exact: bool = Field(
        description="False when more matched than were counted: total is then a lower bound."
    )
    sample: int = Field(
        description="0 when ranking and facets cover every match; else they cover only "
        "this many, the newest matches."
    )
    hits: list[HitOut]
    groups: list[SpeakerGroupOut]
    facets: FacetsOut
    notices: list[str]
    parsed: str


def _hit(hit: Any) -> dict[str, Any]:
    data = asdict(hit)
    data["id"] = data.pop("number")
    return data


@router.get("/search", response={200: SearchOut, **ERRORS}, summary="Search the archive")
def search_archive(request: HttpRequest, params: Query[SearchParams]) -> Any:
    """Events, or speech turns, matching a query; facets for narrowing it."""
    text = params.q.replace("\x00", "")
    results = search(text, page=params.page, page_size=params.page_size, order=params.order)
    if results.error:
        raise ApiError(400, "bad_query", results.error, "q")
    data = asdict(results)
    data["hits"] = [_hit(h) for h in results.hits]
    data["groups"] = [
        {"speaker": asdict(g.speaker), "hits": [_hit(h) for h in g.hits]} for g in results.groups
    ]
    return data
