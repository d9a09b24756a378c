"""/turns: every speech turn of the published archive as one row."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from pressroom.api import cursor as paging
from pressroom.api import turnwalk
from pressroom.api.errors import ERRORS, ApiError
from pressroom.api.events import MAX_ID, Id, Language
from pressroom.api.links import turn_url
from pressroom.api.params import IsoDate
from pressroom.api.schemas import TurnPage
from pressroom.api.turnwalk import Cursor, EventKey, TurnRow
from pressroom.document import LANGUAGES
from pressroom.events.models import Block

router = Router(tags=["turns"])

#: A cursor holds the last turn's sort date, event id, language and position.
_CURSOR_SIZE = 4


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


@router.get("/turns", response={200: TurnPage, **ERRORS}, summary="List speech turns")
def list_turns(request: HttpRequest, filters: Query[TurnFilters]) -> Any:
    """Oldest event first, turns in the order spoken."""
    scope = turnwalk.Scope(
        languages=(filters.language,) if filters.language else LANGUAGES,
        number=filters.event,
        date_from=filters.date_from,
        date_to=filters.date_to,
    )
    turn_filter = turnwalk.TurnFilter(filters.person, filters.min_words, filters.max_words)
    cursor = _decode(filters.cursor) if filters.cursor else None
    found = None
    if turn_filter:
        found = turnwalk.few_turns(scope, turn_filter, cursor, filters.limit)
    if found is None:
        found = turnwalk.walk(scope, turn_filter, cursor, filters.limit)
    if found is None:
        found = turnwalk.sorted_turns(scope, turn_filter, cursor, filters.limit)
    rows = found[: filters.limit]
    next_cursor = None
    if len(found) > filters.limit:
        last = rows[-1]
        next_cursor = paging.encode(Cursor(last.event, last.position).values())
    return {"items": _items(rows), "next_cursor": next_cursor}


def _decode(cursor: str) -> Cursor:
    """The cursor's values, checked: a date, an id and a position the columns can hold."""
    date, number, language, position = paging.decode(cursor, _CURSOR_SIZE)
    try:
        if not all(isinstance(n, int) and 0 <= n <= MAX_ID for n in (number, position)):
            raise ValueError(cursor)
        if not isinstance(date, str) or language not in LANGUAGES:
            raise ValueError(cursor)
        return Cursor(EventKey(dt.date.fromisoformat(date), number, language), position)
    except ValueError:
        raise ApiError(
            400, "bad_cursor", "the cursor is not one this API gave out", "cursor"
        ) from None


def _items(rows: list[TurnRow]) -> list[dict[str, Any]]:
    """The page's items: the turns' columns in one query, their numbers in another."""
    columns = {
        row["pk"]: row
        for row in Block.objects.filter(pk__in=[t.pk for t in rows])
        .order_by()
        .values("pk", "label", "person_id", "role", "text", "word_count")
    }
    unnumbered = {t.event_pk for t in rows if t.sequence is None}
    sequences = _sequences(unnumbered) if unnumbered else {}
    items = []
    for turn in rows:
        block = columns[turn.pk]
        sequence = turn.sequence if turn.sequence is not None else sequences[turn.pk]
        items.append(
            {
                "event_id": turn.event.number,
                "language": turn.event.language,
                "date": turn.event_date,
                "sequence": sequence,
                "label": block["label"],
                "person_id": block["person_id"],
                "role": block["role"],
                "text": block["text"],
                "words": block["word_count"],
                "url": turn_url(turn.event.number, sequence),
            }
        )
    return items


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
