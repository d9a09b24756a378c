"""A date window for the event list: sort a page's worth of rows, not the whole archive.

The list sorts on (date, time, id, language) with missing dates and times as the
start of time. No index holds that order across both languages, so the database
would sort every published event for each page. Instead, a few index walks (one
per language and visibility: published, or scheduled and due) find a date D such
that at least ``limit + 1`` rows of the page's query lie on D's side; the page is
then sorted within that window only. The window changes which rows are sorted,
never which rows come first, so pages and cursors are exactly as without it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.db.models import F, Q, QuerySet

from pressroom.api.queries import NO_DATE
from pressroom.document import LANGUAGES
from pressroom.events.models import Event, Status

#: Each has its own index walk: one query with both would sort instead.
_VISIBILITIES = (Status.PUBLISHED, Status.SCHEDULED)


def parts(events: QuerySet[Event], languages: Sequence[str]) -> list[QuerySet[Event]]:
    """``events`` split by language and visibility, so that each part is one stretch of
    the (language, status, date) index: walked in date order, or probed, without a sort."""
    return [
        events.filter(language=code, status=status)
        for code in languages
        for status in _VISIBILITIES
    ]


def narrowed(
    events: QuerySet[Event],
    language: str | None,
    after: dt.date | None,
    limit: int,
    *,
    descending: bool,
) -> QuerySet[Event] | None:
    """``events`` limited to rows on the near side of a date that leaves ``limit + 1`` rows.

    ``after`` is the page cursor's date, if any: rows on that very date may come
    before the cursor, so only rows strictly past it are counted. None when no part
    has that many dated rows (the archive's last pages).
    """
    languages = [language] if language else list(LANGUAGES)
    scope = events.filter(language__in=languages)
    dated = scope.filter(date__isnull=False)
    if after is not None:
        dated = dated.filter(date__lt=after) if descending else dated.filter(date__gt=after)
    order = F("date").desc() if descending else F("date").asc()
    edges: list[dt.date | None] = []
    for part in parts(dated, languages):
        edges.extend(part.order_by(order).values_list("date", flat=True)[limit : limit + 1])
    if not edges:
        return None
    known = [edge for edge in edges if edge is not None]  # dated rows only: never None
    if descending:
        window = scope.filter(date__gte=max(known))
        # Rows after the cursor lie on or before its date: bound the deep pages too.
        return window if after is None else window.filter(date__lte=after)
    window = scope.filter(date__lte=min(known))
    if after is not None and after > NO_DATE:
        # Past the undated rows: only dates from the cursor's on remain.
        return window.filter(date__gte=after)
    if Event.objects.filter(language__in=languages, date__isnull=True).exists():
        # Undated rows sort first; with this OR no index serves, so only when the
        # archive has some (probed on the (language, date) index alone: the list's
        # filters and visibility may lead SQLite to another).
        return scope.filter(Q(date__lte=min(known)) | Q(date__isnull=True))
    return window


def cursor_date(values: list[Any] | None) -> dt.date | None:
    """The date in a decoded cursor (its first value), or None when it has none."""
    if not values or not isinstance(values[0], str):
        return None
    try:
        return dt.date.fromisoformat(values[0])
    except ValueError:
        return None
