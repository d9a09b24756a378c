"""What the catalog routers share: counts over published events only, and paging."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.db.models import Count, Exists, Model, OuterRef, QuerySet, Sum
from django.db.models.functions import Coalesce

from pressroom.api import cursor as paging
from pressroom.api.errors import not_found
from pressroom.events.models import Block, visible
from pressroom.stats.cache import cached_figure


def published_turns() -> QuerySet[Block]:
    """Turns of the events a reader may see, joined (not ``event__in`` a list of them all)."""
    return Block.objects.filter(visible("event__"), kind=Block.Kind.TURN)


@dataclass(frozen=True)
class _Counting:
    link_label: str  # the through model (events.EventTopic...)
    link_field: str  # its foreign key to the row
    turn_path: str  # from a turn to the row (event__eventtopic__topic)


#: How each catalog model is counted, recorded by ``with_counts``.
_COUNTING: dict[type[Model], _Counting] = {}


def with_counts(rows: QuerySet[Any], link: Any, link_field: str, turn_path: str) -> QuerySet[Any]:
    """The rows some reader can see (tagged on, or spoken in, a visible event).

    ``page_of`` and ``one`` then give each row ``event_count`` and ``turn_count``, read
    from counts computed once per data version for every row (two grouped queries):
    counted per row in SQL, a list of them cost seconds at 100,000 events.
    """
    counting = _Counting(link._meta.label, link_field, turn_path)
    _COUNTING[rows.model] = counting
    tagged = link.objects.filter(visible("event__"), **{link_field: OuterRef("pk")})
    spoken = published_turns().filter(**{turn_path: OuterRef("pk")})
    return rows.filter(Exists(tagged) | Exists(spoken))


@cached_figure("api-catalog-counts")
def _counts(link_label: str, link_field: str, turn_path: str) -> dict[int, tuple[int, int]]:
    link = apps.get_model(link_label)
    events = link.objects.filter(visible("event__")).order_by().values(link_field)
    turns = published_turns().order_by().values(turn_path)
    counts: dict[int, list[int]] = {}
    for key, n in events.annotate(n=Count("*")).values_list(link_field, "n"):
        counts.setdefault(key, [0, 0])[0] = n
    for key, n in turns.annotate(n=Count("*")).values_list(turn_path, "n"):
        if key is not None:
            counts.setdefault(key, [0, 0])[1] = n
    return {key: (events_n, turns_n) for key, (events_n, turns_n) in counts.items()}


def _with_counted(rows: list[Any], model: type[Model]) -> list[Any]:
    spec = _COUNTING[model]
    counts = _counts(spec.link_label, spec.link_field, spec.turn_path)
    for row in rows:
        row.event_count, row.turn_count = counts.get(row.pk, (0, 0))
    return rows


def page_of(rows: QuerySet[Any], cursor: str | None, limit: int) -> tuple[list[Any], str | None]:
    found, next_cursor = paging.page(rows, ["id"], cursor, limit)
    return _with_counted(list(found), rows.model), next_cursor


def one(rows: QuerySet[Any], pk: int, what: str) -> Any:
    found = rows.filter(pk=pk).first()
    if found is None:
        raise not_found(f"{what} {pk}")
    return _with_counted([found], rows.model)[0]


def words_spoken(person_id: int) -> int:
    total = (
        published_turns().filter(person_id=person_id).aggregate(n=Coalesce(Sum("word_count"), 0))
    )
    return int(total["n"])
