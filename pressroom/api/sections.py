"""/sections: publication sections (News, Transcripts...) with counts."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema

from pressroom.api import cursor as paging
from pressroom.api.catalog_counts import Catalog
from pressroom.api.errors import ERRORS
from pressroom.api.events import Id, Language
from pressroom.api.schemas import SectionOut, SectionPage
from pressroom.events.models import EventSection
from pressroom.taxonomy.models import Section

SECTIONS = Catalog(Section, EventSection, "section", "event__eventsection__section")

router = Router(tags=["sections"])


class SectionFilters(Schema):
    language: Language | None = None
    cursor: str | None = Field(None, max_length=400)
    limit: int = Field(paging.DEFAULT_LIMIT, ge=1, le=paging.MAX_LIMIT)


def _sections() -> Any:
    return SECTIONS.visible()


def _out(s: Section) -> dict[str, Any]:
    return {
        "id": s.pk,
        "language": s.language,
        "name": s.name,
        "slug": s.slug,
        "event_count": s.event_count,  # type: ignore[attr-defined]
        "turn_count": s.turn_count,  # type: ignore[attr-defined]
    }


@router.get("/sections", response={200: SectionPage, **ERRORS}, summary="List sections")
def list_sections(request: HttpRequest, filters: Query[SectionFilters]) -> Any:
    sections = _sections()
    if filters.language:
        sections = sections.filter(language=filters.language)
    rows, next_cursor = SECTIONS.page(sections, filters.cursor, filters.limit)
    return {"items": [_out(s) for s in rows], "next_cursor": next_cursor}


@router.get("/sections/{id}", response={200: SectionOut, **ERRORS}, summary="One section")
def get_section(request: HttpRequest, id: Path[Id]) -> Any:
    return _out(SECTIONS.one(_sections(), id, "section"))
