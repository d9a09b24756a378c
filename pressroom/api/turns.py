"""/turns: every speech turn of the published archive as one row."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from pressroom.api import cursor as paging
from pressroom.api.errors import ERRORS, ApiError
from pressroom.api.events import MAX_ID, Id, Language
from pressroom.api.links import turn_url
from pressroom.api.params import IsoDate
from pressroom.api.schemas import TurnPage
from pressroom.document import LANGUAGES
from pressroom.events.models import Block, visible

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


#: The reading order of turns: their events' (date, id, language), then the body's.
_KEYS = ["event__sort_date", "event__number", "event__language", "position"]

_COLUMNS = (*_KEYS, "pk", "event_id", "event__date", "label", "person_id", "role", "text",
            "word_count")  # fmt: skip


@router.get("/turns", response={200: TurnPage, **ERRORS}, summary="List speech turns")
def list_turns(request: HttpRequest, filters: Query[TurnFilters]) -> Any:
    """Oldest event first, turns in the order spoken: one walk of the events' reading
    order (``event_turn_order``) and of each one's turns (``api_turn_order``)."""
    turns = Block.objects.filter(visible("event__"), kind=Block.Kind.TURN)
    wanted = {
        "event__language": filters.language,
        "event__number": filters.event,
        "event__date__gte": filters.date_from,
        "event__date__lte": filters.date_to,
        "person_id": filters.person,
        "word_count__gte": filters.min_words,
        "word_count__lte": filters.max_words,
    }
    turns = turns.filter(**{name: value for name, value in wanted.items() if value is not None})
    cursor = _checked(filters.cursor) if filters.cursor else None
    rows, next_cursor = paging.page(turns.values(*_COLUMNS), _KEYS, cursor, filters.limit)
    return {"items": _items(rows), "next_cursor": next_cursor}


def _checked(cursor: str) -> str:
    """The cursor, once its values are a date, an id and a position the columns can hold."""
    date, number, language, position = paging.decode(cursor, len(_KEYS))
    try:
        if not all(isinstance(n, int) and 0 <= n <= MAX_ID for n in (number, position)):
            raise ValueError(cursor)
        if not isinstance(date, str) or language not in LANGUAGES:
            raise ValueError(cursor)
        dt.date.fromisoformat(date)
    except ValueError:
        raise ApiError(
            400, "bad_cursor", "the cursor is not one this API gave out", "cursor"
        ) from None
    return cursor


def _items(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page's items, their numbers counted over their events' turns in one query."""
    sequences = _sequences({row["event_id"] for row in rows})
    return [
        {
            "event_id": row["event__number"],
            "language": row["event__language"],
            "date": row["event__date"],
            "sequence": sequences[row["pk"]],
            "label": row["label"],
            "person_id": row["person_id"],
            "role": row["role"],
            "text": row["text"],
            "words": row["word_count"],
            "url": turn_url(row["event__number"], sequences[row["pk"]]),
        }
        for row in rows
    ]


def _sequences(event_ids: set[int]) -> dict[int, int]:
    """Turn numbers in these events, counted over each event's turns in one query."""
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
