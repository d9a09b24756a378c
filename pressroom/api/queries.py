"""Querysets the API shares: published events with their change time, and counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import (
    Count,
    DateField,
    F,
    IntegerField,
    OuterRef,
    QuerySet,
    Subquery,
    TimeField,
    Value,
)
from django.db.models.functions import Coalesce, Greatest

from pressroom.events.models import Block, Event

#: Events without a date or time sort as if at the start of time.
NO_DATE = dt.date(1, 1, 1)
NO_TIME = dt.time(0, 0)


def published_events() -> QuerySet[Event]:
    """Every query starts here; ``changed_at`` is when the event last changed for a reader.

    A scheduled event becomes visible at ``publish_at`` without being saved, so its
    change time is the later of its last save and its publication time.
    """
    return Event.objects.published().annotate(
        changed_at=Greatest(F("updated_at"), Coalesce(F("publish_at"), F("updated_at"))),
        sort_date=Coalesce(F("date"), Value(NO_DATE, output_field=DateField())),
        sort_time=Coalesce(F("time"), Value(NO_TIME, output_field=TimeField())),
    )


def count_of(queryset: QuerySet[Any], group: str) -> Subquery:
    """A correlated count of ``queryset`` rows whose ``group`` is the outer row."""
    counted = (
        queryset.filter(**{group: OuterRef("pk")})
        .order_by()
        .values(group)
        .annotate(n=Count("*"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))  # type: ignore[return-value]


def published_turns() -> QuerySet[Block]:
    return Block.objects.filter(kind=Block.Kind.TURN, event__in=Event.objects.published())
