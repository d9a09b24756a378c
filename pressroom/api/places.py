"""/places: the Geography tags of published events (countries, regions), with counts."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema

from pressroom.api import cursor as paging
from pressroom.api.catalog_counts import Catalog
from pressroom.api.errors import ERRORS
from pressroom.api.events import Id, Language
from pressroom.api.schemas import PlaceOut, PlacePage
from pressroom.events.models import EventPlace
from pressroom.taxonomy.models import Place

PLACES = Catalog(Place, EventPlace, "place", "event__eventplace__place")

router = Router(tags=["places"])


class PlaceFilters(Schema):
    language: Language | None = None
    kind: Literal["country", "region"] | None = None
    cursor: str | None = Field(None, max_length=400)
    limit: int = Field(paging.DEFAULT_LIMIT, ge=1, le=paging.MAX_LIMIT)


def _places() -> Any:
    return PLACES.visible()


def _out(p: Place) -> dict[str, Any]:
    return {
        "id": p.pk,
        "language": p.language,
        "name": p.name,
        "kind": p.kind,
        "catalog_id": p.catalog_id,
        "event_count": p.event_count,  # type: ignore[attr-defined]
        "turn_count": p.turn_count,  # type: ignore[attr-defined]
    }


@router.get("/places", response={200: PlacePage, **ERRORS}, summary="List places")
def list_places(request: HttpRequest, filters: Query[PlaceFilters]) -> Any:
    places = _places()
    if filters.language:
        places = places.filter(language=filters.language)
    if filters.kind:
        places = places.filter(kind=filters.kind)
    rows, next_cursor = PLACES.page(places, filters.cursor, filters.limit)
    return {"items": [_out(p) for p in rows], "next_cursor": next_cursor}


@router.get("/places/{id}", response={200: PlaceOut, **ERRORS}, summary="One place")
def get_place(request: HttpRequest, id: Path[Id]) -> Any:
    return _out(PLACES.one(_places(), id, "place"))
