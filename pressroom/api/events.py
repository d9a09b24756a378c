"""/events: the archive's events, filtered and paged; one event whole; its text version."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.http import http_date
from ninja import Field, Path, Query, Router, Schema

from pressroom import exporters
from pressroom.api import cursor as paging
from pressroom.api.documents import event_detail
from pressroom.api.errors import ERRORS, not_found
from pressroom.api.models import Tombstone
from pressroom.api.params import IsoDate, IsoDateTime
from pressroom.api.queries import published_events
from pressroom.api.schemas import ChangesPage, EventDetail, EventPage
from pressroom.core import addresses
from pressroom.events.loading import load_event
from pressroom.events.models import Event, EventQuerySet, EventSection

router = Router(tags=["events"])

#: Ids fit a signed 64-bit column on every database.
MAX_ID = 2**63 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Language = Literal["en", "ru"]


class EventFilters(Schema):
    language: Language | None = Field(None, description="Only events in this language.")
    section: Id | None = Field(None, description="A section id (/sections).")
    person: Id | None = Field(None, description="A person id: events tagged with them.")
    speaker: Id | None = Field(None, description="A person id: events where they speak.")
    topic: Id | None = Field(None, description="A topic id (/topics).")
    place: Id | None = Field(None, description="A place id (/places).")
    date_from: IsoDate | None = Field(None, alias="from", description="On or after this date.")
    date_to: IsoDate | None = Field(None, alias="to", description="On or before this date.")
    changed_since: IsoDateTime | None = Field(
        None,
        description="Incremental sync: events changed after this time and tombstones of "
        "events withdrawn or deleted, oldest change first.",
    )
    sort: Literal["date", "-date"] = Field(
        "-date", description="By event date; '-' is newest first."
    )
    cursor: str | None = Field(None, max_length=400, description="From the previous page.")
    limit: int = Field(paging.DEFAULT_LIMIT, ge=1, le=paging.MAX_LIMIT)


def _filtered(f: EventFilters) -> EventQuerySet:
    events = published_events()
    if f.language:
        events = events.language(f.language)
    for kind in ("section", "person", "topic", "place"):
        if (tag := getattr(f, kind)) is not None:
            events = events.filed_under(kind, tag)
    if f.speaker is not None:
        events = events.spoken_by(f.speaker)
    return events.dated(f.date_from, f.date_to)


#: The columns a list needs; rows stay tuples-as-dicts, not model instances.
SUMMARY_FIELDS = (
    "pk", "number", "language", "title", "lead", "date", "time", "place", "changed_at",
    "sort_date", "sort_time",
)  # fmt: skip


def _summaries(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """List items for ``rows`` (dicts of SUMMARY_FIELDS), sections in one query."""
    sections: dict[int, list[str]] = {row["pk"]: [] for row in rows}
    links = EventSection.objects.filter(event_id__in=list(sections)).order_by(
        "event_id", "position"
    )
    for event_id, name in links.values_list("event_id", "section__name"):
        sections[event_id].append(name)
    return [
        {
            "id": row["number"],
            "language": row["language"],
            "title": row["title"],
            "lead": row["lead"],
            "date": row["date"],
            "time": row["time"].strftime("%H:%M") if row["time"] else None,
            "place": row["place"],
            "sections": sections[row["pk"]],
            "url": addresses.event_url(row["number"], row["language"]),
            "api_url": addresses.api_event_url(row["number"], row["language"]),
            "changed_at": row["changed_at"],
        }
        for row in rows
    ]


@router.get(
    "/events",
    response={200: EventPage | ChangesPage, **ERRORS},
    summary="List published events",
)
def list_events(request: HttpRequest, filters: Query[EventFilters]) -> Any:
    """Newest first by default. With ``changed_since``: changes and tombstones, oldest first."""
    events = _filtered(filters)
    if filters.changed_since is not None:
        return _changes(events.values(*SUMMARY_FIELDS), filters)
    # One walk of the reading-order index (event_public_order, or _all without a language).
    keys = ["sort_date", "sort_time", "number", "language"]
    rows, next_cursor = paging.page(
        events.values(*SUMMARY_FIELDS), keys, filters.cursor, filters.limit, filters.sort == "-date"
    )
    return {"items": _summaries(rows), "next_cursor": next_cursor}


def _changes(events: QuerySet[Any], f: EventFilters) -> dict[str, Any]:
    """Changed events and tombstones merged in (changed_at, id, language) order."""
    since = f.changed_since  # in UTC: ``params.IsoDateTime``
    key = ["changed_at", "number", "language"]
    events = events.filter(changed_at__gt=since)
    tombstones = Tombstone.objects.filter(changed_at__gt=since)
    if f.language:
        tombstones = tombstones.filter(language=f.language)
    changed, _ = paging.page(events, key, f.cursor, f.limit)
    gone, _ = paging.page(tombstones, key, f.cursor, f.limit)
    merged = sorted(
        [(e["changed_at"], e["number"], e["language"], item)
         for e, item in zip(changed, _summaries(changed), strict=True)]
        + [(t.changed_at, t.number, t.language, _tombstone(t)) for t in gone],
        key=lambda row: row[:3],
    )  # fmt: skip
    served = merged[: f.limit]
    more = len(merged) > f.limit or len(changed) == f.limit or len(gone) == f.limit
    next_cursor = paging.encode(served[-1][:3]) if served and more else None
    return {"items": [row[3] for row in served], "next_cursor": next_cursor}


def _tombstone(t: Tombstone) -> dict[str, Any]:
    return {"id": t.number, "language": t.language, "status": t.status, "changed_at": t.changed_at}


def _public_event(number: int, language: str) -> Event:
    event = published_events().filter(number=number, language=language).first()
    if event is None:
        raise not_found(f"event {number} in language {language!r}")
    return event


@router.get(
    "/events/{id}", response={200: EventDetail, **ERRORS}, summary="One event, whole", by_alias=True
)
def get_event(
    request: HttpRequest,
    response: HttpResponse,
    id: Path[Id],
    language: Language = "en",
) -> Any:
    event = _public_event(id, language)
    response["Last-Modified"] = http_date(event.changed_at.timestamp())  # type: ignore[attr-defined]
    return event_detail(event)


@router.get(
    "/events/{id}/text",
    response={200: str, **ERRORS},
    summary="One event's text version",
    openapi_extra={"responses": {200: {"content": {"text/plain": {"schema": {"type": "string"}}}}}},
)
def get_event_text(
    request: HttpRequest,
    id: Path[Id],
    language: Language = "en",
) -> HttpResponse:
    event = _public_event(id, language)
    text = exporters.get("text").render_one(load_event(event))
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    response["Last-Modified"] = http_date(event.changed_at.timestamp())  # type: ignore[attr-defined]
    return response
