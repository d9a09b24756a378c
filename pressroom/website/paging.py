"""Pages of a list without counting it: one query per page, whatever the archive's size.

A count over a hundred thousand events costs more than the page itself, and a
reader needs only "newer" and "older", as on the source site.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.http import Http404


@dataclass(frozen=True)
class Page:
    items: list[Any]
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def next_number(self) -> int:
        return self.number + 1

    @property
    def previous_number(self) -> int:
        return self.number - 1


def page_of(queryset: QuerySet[Any], number: int, size: int | None = None) -> Page:
    """Page ``number`` (from 1) of ``queryset``; 404 past the end, except an empty first page."""
    size = size or settings.PAGE_SIZE
    if number < 1:
        raise Http404("Pages start at 1")
    start = (number - 1) * size
    rows = list(queryset[start : start + size + 1])
    if not rows and number > 1:
        raise Http404(f"No page {number}")
    return Page(items=rows[:size], number=number, has_next=len(rows) > size)
