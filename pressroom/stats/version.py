"""The archive's data version: cached figures are keyed by it, so any change invalidates them.

Read from the database on every request (two indexed look-ups), so it is right in
every process and on every server, whatever cache backend is configured. Scheduled
events that fall due change it too: they change what readers may see without a save.
"""

from __future__ import annotations

from django.db.models import Count, Max
from django.utils import timezone

from pressroom.events.models import Event, Status
from pressroom.people.models import Person


def data_version() -> str:
    events = Event.objects.aggregate(latest=Max("updated_at"), count=Count("pk"))
    due = Event.objects.filter(status=Status.SCHEDULED, publish_at__lte=timezone.now()).count()
    persons = Person.objects.aggregate(latest=Max("updated_at"), count=Count("pk"))
    parts = (events["latest"], events["count"], due, persons["latest"], persons["count"])
    return "-".join(_stamp(part) for part in parts)


def _stamp(value: object) -> str:
    if value is None:
        return "0"
    if hasattr(value, "timestamp"):
        return str(int(value.timestamp() * 1_000_000))
    return str(value)
