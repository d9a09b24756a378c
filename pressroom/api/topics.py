"""/topics: the Topics tags of published events, with counts."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema

from pressroom.api import cursor as paging
from pressroom.api.catalog_counts import Catalog
from pressroom.api.errors import ERRORS
from pressroom.api.events import Id, Language
from pressroom.api.schemas import TopicOut, TopicPage
from pressroom.events.models import EventTopic
from pressroom.taxonomy.models import Topic

TOPICS = Catalog(Topic, EventTopic, "topic", "event__eventtopic__topic")

router = Router(tags=["topics"])


class TopicFilters(Schema):
    language: Language | None = None
    cursor: str | None = Field(None, max_length=400)
    limit: int = Field(paging.DEFAULT_LIMIT, ge=1, le=paging.MAX_LIMIT)


def _topics() -> Any:
    return TOPICS.visible()


def _out(t: Topic) -> dict[str, Any]:
    return {
        "id": t.pk,
        "language": t.language,
        "name": t.name,
        "catalog_id": t.catalog_id,
        "event_count": t.event_count,  # type: ignore[attr-defined]
        "turn_count": t.turn_count,  # type: ignore[attr-defined]
    }


@router.get("/topics", response={200: TopicPage, **ERRORS}, summary="List topics")
def list_topics(request: HttpRequest, filters: Query[TopicFilters]) -> Any:
    topics = _topics()
    if filters.language:
        topics = topics.filter(language=filters.language)
    rows, next_cursor = TOPICS.page(topics, filters.cursor, filters.limit)
    return {"items": [_out(t) for t in rows], "next_cursor": next_cursor}


@router.get("/topics/{id}", response={200: TopicOut, **ERRORS}, summary="One topic")
def get_topic(request: HttpRequest, id: Path[Id]) -> Any:
    return _out(TOPICS.one(_topics(), id, "topic"))
