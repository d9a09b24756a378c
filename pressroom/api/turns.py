"""/turns: every speech turn of the published archive as one row."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from pressroom.api import cursor as paging
from pressroom.api.catalog import published_turns
from pressroom.api.errors import ERRORS
from pressroom.api.events import Id, Language
from pressroom.api.links import turn_url
from pressroom.api.params import IsoDate
from pressroom.api.queries import NO_DATE
from pressroom.api.schemas import TurnPage
from pressroom.events.models import Block

router = Router(tags=["turns"])


class TurnFilters(Schema):
    person: Id | None = Field(None, description="Turns this person spoke.")
    event: Id | None = Field(None, description="Turns of this event id.")
    language: Language | None = None
    date_from: IsoDate | None = Field(None, alias="from", description="Events on or after.")
    date_to: IsoDate | None = Field(None, alias="to", description="Events on or before.")
    min_words: int | None = Field(None, ge=0, le=10**9, description="At least this many words.")
    max_words: int | None = Field(None, ge=0, le=10**9, description="At most this many words.")
    cursor: str | None = Field(None, max_length=400)
    limit: int = Field(paging.DEFAULT_LIMIT, ge=1, le=paging.MAX_LIMIT)


def _sequence() -> Subquery:
    """The turn's place among its event's turns, from 1: the permalink's ``#t<n>``."""
    earlier = (
        Block.objects.filter(
            event=OuterRef("event"), kind=Block.Kind.TURN, position__lte=OuterRef("position")
        )
        .order_by()
        .values("event")
        .annotate(n=Count("*"))
        .values("n")
    )
    return Subquery(earlier, output_field=IntegerField())


@router.get("/turns", response={200: TurnPage, **ERRORS}, summary="List speech turns")
def list_turns(request: HttpRequest, filters: Query[TurnFilters]) -> Any:
    """Oldest event first, turns in the order spoken."""
    turns = published_turns()
    conditions = Q()
    if filters.person is not None:
        conditions &= Q(person_id=filters.person)
    if filters.event is not None:
        conditions &= Q(event__number=filters.event)
    if filters.language:
        conditions &= Q(event__language=filters.language)
    if filters.date_from is not None:
        conditions &= Q(event__date__gte=filters.date_from)
    if filters.date_to is not None:
        conditions &= Q(event__date__lte=filters.date_to)
    if filters.min_words is not None:
        conditions &= Q(word_count__gte=filters.min_words)
    if filters.max_words is not None:
        conditions &= Q(word_count__lte=filters.max_words)
    turns = turns.filter(conditions).select_related("event")
    rows, next_cursor = paging.page(
        turns.annotate(sort_date=_coalesced_date()),
        ["sort_date", "event__number", "event__language", "position"],
        filters.cursor,
        filters.limit,
    )
    sequences = _sequences(rows)
    items = [
        {
            "event_id": b.event.number,
            "language": b.event.language,
            "date": b.event.date,
            "sequence": sequences[b.pk],
            "label": b.label,
            "person_id": b.person_id,
            "role": b.role,
            "text": b.text,
            "words": b.word_count,
            "url": turn_url(b.event.number, sequences[b.pk]),
        }
        for b in rows
    ]
    return {"items": items, "next_cursor": next_cursor}


def _coalesced_date() -> Any:
    from django.db.models import DateField, F, Value
    from django.db.models.functions import Coalesce

    return Coalesce(F("event__date"), Value(NO_DATE, output_field=DateField()))


def _sequences(rows: list[Block]) -> dict[int, int]:
    """Turn numbers for a page, counted over each event's turns in one query."""
    event_ids = {b.event_id for b in rows}
    numbers: dict[int, int] = {}
    counters: dict[int, int] = {}
    ordered = (
        Block.objects.filter(event_id__in=event_ids, kind=Block.Kind.TURN)
        .order_by("event_id", "position")
        .values_list("pk", "event_id")
    )
    for pk, event_id in ordered:
        counters[event_id] = counters.get(event_id, 0) + 1
        numbers[pk] = counters[event_id]
    return numbers
