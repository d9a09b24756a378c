"""What the catalog routers share: counts over published events only, and paging."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet, Sum
from django.db.models.functions import Coalesce

from pressroom.api import cursor as paging
from pressroom.api.errors import not_found
from pressroom.api.queries import count_of
from pressroom.events.models import Block, Event


def published_turns() -> QuerySet[Block]:
    return Block.objects.filter(kind=Block.Kind.TURN, event__in=Event.objects.published())


def with_counts(rows: QuerySet[Any], link: Any, link_field: str, turn_path: str) -> QuerySet[Any]:
    """Annotate ``event_count`` and ``turn_count``; keep only rows some reader can see.

    ``link`` is the through model (EventTopic...), ``link_field`` its foreign key to
    the row; ``turn_path`` leads from a turn to the row (``event__eventtopic__topic``).
    """
    linked = link.objects.filter(event__in=Event.objects.published())
    annotated = rows.annotate(
        event_count=count_of(linked, link_field),
        turn_count=count_of(published_turns(), turn_path),
    )
    return annotated.filter(Q(event_count__gt=0) | Q(turn_count__gt=0))


def page_of(rows: QuerySet[Any], cursor: str | None, limit: int) -> tuple[list[Any], str | None]:
    return paging.page(rows, ["id"], cursor, limit)


def one(rows: QuerySet[Any], pk: int, what: str) -> Any:
    found = rows.filter(pk=pk).first()
    if found is None:
        raise not_found(f"{what} {pk}")
    return found


def words_spoken(person_id: int) -> int:
    total = (
        published_turns().filter(person_id=person_id).aggregate(n=Coalesce(Sum("word_count"), 0))
    )
    return int(total["n"])
