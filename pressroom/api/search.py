"""/search: the archive's search as JSON, through ``pressroom.search.search`` (docs/search.md).

It is the one JSON form of search: ``/search.json``, its former address, redirects here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponsePermanentRedirect
from django.urls import reverse
from ninja import Field, Query, Router
from ninja import Schema as QuerySchema
from pydantic import ValidationError

from pressroom.api.errors import ERRORS, ApiError
from pressroom.api.schemas import Schema
from pressroom.search import search
from pressroom.search.engine import MAX_PAGE_SIZE
from pressroom.search.query import MAX_QUERY_LENGTH

router = Router(tags=["search"])


class SearchParams(QuerySchema):
    q: str = Field(..., max_length=MAX_QUERY_LENGTH, description="docs/search.md syntax.")
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
    sequence: int | None = Field(
        description="A turn's number in its event: its anchor #t<sequence>."
    )
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
    pages: int = Field(description="Pages of page_size hits: at least 1.")
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


def _hit(hit: dict[str, Any]) -> dict[str, Any]:
    hit["id"] = hit.pop("number")
    return hit


@router.get("/search", response={200: SearchOut, **ERRORS}, summary="Search the archive")
def search_archive(request: HttpRequest, params: Query[SearchParams]) -> Any:
    """Events, or speech turns, matching a query; facets for narrowing it."""
    text = params.q.replace("\x00", "")
    results = search(text, page=params.page, page_size=params.page_size, order=params.order)
    if results.error:
        raise ApiError(400, "bad_query", results.error, "q")
    data = results.to_dict()
    data["hits"] = [_hit(h) for h in data["hits"]]
    for group in data["groups"]:
        group["hits"] = [_hit(h) for h in group["hits"]]
    return data


#: /search.json's parameters and their names here.
FORMER_NAMES = {"query": "q", "order": "order", "page": "page", "size": "page_size"}


def former_json(request: HttpRequest) -> HttpResponsePermanentRedirect:
    """/search.json: a permanent redirect to the same search here.

    The former endpoint ignored values it could not use (an unknown order, a page of
    -3); they are left out of the new address, so an old link still answers.
    """
    params = {"q": request.GET.get("query", "")}
    for former, name in FORMER_NAMES.items():
        value = request.GET.get(former)
        if value is not None and name != "q" and _acceptable(name, value):
            params[name] = value
    address = reverse("api-v1:search_archive") + "?" + urlencode(params)
    return HttpResponsePermanentRedirect(address)


def _acceptable(name: str, value: str) -> bool:
    try:
        SearchParams.model_validate({"q": "", name: value})
    except ValidationError:
        return False
    return True
