"""What every figure starts from: the published events of one language, and small helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet

from pressroom.events.models import Event

#: How many rows a "top" list holds by default, and at most.
TOP = 15
MAX_TOP = 200


def published(language: str) -> QuerySet[Event]:
    """Events a reader may see, in one language: the only events any figure counts."""
    return Event.objects.published().language(language)


def bounded(limit: int | None, default: int = TOP) -> int:
    if limit is None:
        return default
    return max(1, min(int(limit), MAX_TOP))


def month_key(value: str | dt.date | dt.datetime) -> str:
    if isinstance(value, str):
        return value[:7]
    return f"{value.year:04d}-{value.month:02d}"


def filled_months(counts: Iterable[tuple[Any, int]]) -> tuple[tuple[str, int], ...]:
    """Months from the first to the last with events, zeros included, as ('YYYY-MM', n)."""
    found = {month_key(month): n for month, n in counts if month is not None}
    if not found:
        return ()
    first, last = min(found), max(found)
    year, month = int(first[:4]), int(first[5:])
    rows: list[tuple[str, int]] = []
    while True:
        key = f"{year:04d}-{month:02d}"
        rows.append((key, found.get(key, 0)))
        if key == last:
            return tuple(rows)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def excerpt_length() -> int:
    """Characters of a turn shown in tables (the whole turn is on the event page)."""
    return 200
