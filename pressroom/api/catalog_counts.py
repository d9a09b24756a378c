"""What the catalog routers share: counts over published events only, and paging."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.db.models import Count, Exists, Model, OuterRef, QuerySet, Sum
from django.db.models.functions import Coalesce

from pressroom.api import cursor as paging
from pressroom.api.errors import not_found
from pressroom.core.cache import STATS, cached
from pressroom.events.models import Block, visible
from pressroom.events.version import data_version


def published_turns() -> QuerySet[Block]:
    """Turns of the events a reader may see, joined (not ``event__in`` a list of them all)."""
    return Block.objects.filter(visible("event__"), kind=Block.Kind.TURN)


@dataclass(frozen=True)
class Catalog:
    """One kind of catalog entry (persons, topics...), counted over published events.

    ``link`` is the through model (EventTopic...), ``link_field`` its foreign key to the
    entry; ``turn_path`` leads from a turn to the entry (``event__eventtopic__topic``).
    Counts come from two grouped queries for every entry, once per data version:
    counted per row in SQL, a list of them cost seconds at 100,000 events.
    """

    model: type[Model]
    link: type[Model]
    link_field: str
    turn_path: str
    #: The entries some reader can see, where their model says (``Person.objects.public``).
    public: Callable[[], QuerySet[Any]] | None = None

    def visible(self) -> QuerySet[Any]:
        """The entries some reader can see: tagged on, or spoken in, a visible event."""
        if self.public is not None:
            return self.public()
        tagged = self.link._default_manager.filter(
            visible("event__"), **{self.link_field: OuterRef("pk")}
        )
        spoken = published_turns().filter(**{self.turn_path: OuterRef("pk")})
        return self.model._default_manager.filter(Exists(tagged) | Exists(spoken))

    def page(
        self, rows: QuerySet[Any], cursor: str | None, limit: int
    ) -> tuple[list[Any], str | None]:
        found, next_cursor = paging.page(rows, ["id"], cursor, limit)
        return self._counted(list(found)), next_cursor

    def one(self, rows: QuerySet[Any], pk: int, what: str) -> Any:
        found = rows.filter(pk=pk).first()
        if found is None:
            raise not_found(f"{what} {pk}")
        return self._counted([found])[0]

    def _counted(self, rows: list[Any]) -> list[Any]:
        counts = _counts(self.link._meta.label, self.link_field, self.turn_path)
        for row in rows:
            row.event_count, row.turn_count = counts.get(row.pk, (0, 0))
        return rows


@cached(STATS, "api-catalog-counts", data_version)
def _counts(link_label: str, link_field: str, turn_path: str) -> dict[int, tuple[int, int]]:
    """Events and turns per entry, for every entry: ``{pk: (events, turns)}``."""
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


def words_spoken(person_id: int) -> int:
    total = (
        published_turns().filter(person_id=person_id).aggregate(n=Coalesce(Sum("word_count"), 0))
    )
    return int(total["n"])
