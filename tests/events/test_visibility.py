"""One rule decides what readers see: for a query (``visible()``) and for one event.

A scheduled event goes live when ``publish-due`` runs after its time (cron runs it
every minute), so the tests run it where time passes.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from pressroom.document import Document
from pressroom.events.models import Event, Status
from pressroom.events.store import save

pytestmark = pytest.mark.django_db

HOUR = dt.timedelta(hours=1)


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("publish_in", [None, -HOUR, HOUR])
def test_one_event_is_public_exactly_when_the_query_finds_it(
    document: Document, status: Status, publish_in: dt.timedelta | None
) -> None:
    saved = save(document)
    event = Event.objects.get(number=saved.number, language=saved.language)
    event.status = status
    event.publish_at = None if publish_in is None else timezone.now() + publish_in
    event.save()
    call_command("publish-due", verbosity=0)
    event.refresh_from_db()
    found = Event.objects.published().filter(pk=event.pk).exists()
    assert event.is_public == found
    assert found == (
        status == Status.PUBLISHED or (status == Status.SCHEDULED and publish_in == -HOUR)
    )
