"""Opaque cursors for keyset pagination: stable under inserts, cheap at any depth.

A cursor holds the sort key of the last row served. The next page is the rows
strictly after it in the sort order, so pages never repeat or skip a row when
events are added while a client pages through.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet

from pressroom.api.errors import ApiError

MAX_LIMIT = 200
DEFAULT_LIMIT = 50


def encode(values: Sequence[Any]) -> str:
    raw = json.dumps([_plain(v) for v in values], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode(cursor: str, size: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
    except (ValueError, UnicodeDecodeError):
        values = None
    if not isinstance(values, list) or len(values) != size:
        raise ApiError(400, "bad_cursor", "the cursor is not one this API gave out", "cursor")
    return values


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def after(
    queryset: QuerySet[Any], fields: Sequence[str], values: Sequence[Any], descending: bool
) -> QuerySet[Any]:
    """Rows strictly after ``values`` in the order of ``fields`` (all one direction)."""
    op = "lt" if descending else "gt"
    condition = Q()
    for i, name in enumerate(fields):
        step = Q(**{f"{name}__{op}": values[i]})
        for prior, value in zip(fields[:i], values[:i], strict=True):
            step &= Q(**{prior: value})
        condition |= step
    return queryset.filter(condition)


def page(
    queryset: QuerySet[Any],
    fields: Sequence[str],
    cursor: str | None,
    limit: int,
    descending: bool = False,
) -> tuple[list[Any], str | None]:
    """One page of ``queryset`` ordered by ``fields``, and the cursor of the next page."""
    order = [f"-{f}" if descending else f for f in fields]
    queryset = queryset.order_by(*order)
    if cursor:
        values = decode(cursor, len(fields))
        try:
            queryset = after(queryset, fields, values, descending)
        except (ValueError, TypeError, ValidationError):
            raise ApiError(
                400, "bad_cursor", "the cursor is not one this API gave out", "cursor"
            ) from None
    rows = list(queryset[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = None
    if more and rows:
        next_cursor = encode([_key(rows[-1], f) for f in fields])
    return rows, next_cursor


def _key(row: Any, name: str) -> Any:
    if isinstance(row, dict):
        return row[name]  # ``values()`` rows: keyed by the whole lookup
    value = row
    for part in name.split("__"):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value
