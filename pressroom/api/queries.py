"""Querysets the API shares: published events with their change time."""

from __future__ import annotations

from django.db.models import F
from django.db.models.functions import Coalesce, Greatest

from pressroom.events.models import Event, EventQuerySet


def published_events() -> EventQuerySet:
    """Every query starts here; ``changed_at`` is when the event last changed for a reader.

    ``publish-due`` saves a scheduled event as it goes live, so its last save is
    normally its publication; the later of the two covers events published otherwise.
    """
    return Event.objects.published().annotate(
        changed_at=Greatest(F("updated_at"), Coalesce(F("publish_at"), F("updated_at"))),
    )
