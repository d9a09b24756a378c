"""Querysets the API shares: published events with their change time."""

from __future__ import annotations

import datetime as dt

from django.db.models import (
    DateField,
    F,
    TimeField,
    Value,
)
from django.db.models.functions import Coalesce, Greatest

from pressroom.events.models import Event, EventQuerySet

#: Events without a date or time sort as if at the start of time.
NO_DATE = dt.date(1, 1, 1)
NO_TIME = dt.time(0, 0)


def published_events() -> EventQuerySet:
    """Every query starts here; ``changed_at`` is when the event last changed for a reader.

    A scheduled event becomes visible at ``publish_at`` without being saved, so its
    change time is the later of its last save and its publication time.
    """
    return Event.objects.published().annotate(
        changed_at=Greatest(F("updated_at"), Coalesce(F("publish_at"), F("updated_at"))),
        sort_date=Coalesce(F("date"), Value(NO_DATE, output_field=DateField())),
        sort_time=Coalesce(F("time"), Value(NO_TIME, output_field=TimeField())),
    )
