"""Atom feeds: all events, a section, a person, a topic, a place."""

from __future__ import annotations

import datetime as dt
from xml.etree import ElementTree

import pytest
from django.test import Client
from django.utils import timezone

from pressroom.events.models import Event

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(client: Client, url: str) -> list[ElementTree.Element]:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/atom+xml")
    return ElementTree.fromstring(response.content).findall(f"{ATOM}entry")


@pytest.mark.parametrize(
    "url",
    [
        "/events/all/feed",
        "/events/president/news/feed",
        "/events/president/transcripts/feed",
        "/catalog/persons/4321/events/feed",
        "/catalog/keywords/82/events/feed",
        "/catalog/regions/NOR/events/feed",
    ],
)
def test_feed_has_the_event(client: Client, event: Event, url: str) -> None:
    found = entries(client, url)
    assert [e.findtext(f"{ATOM}title") for e in found] == [event.title]
    link = found[0].find(f"{ATOM}link")
    assert link is not None and link.get("href", "").endswith("/events/president/news/70001")


def test_entry_updated_is_when_the_event_last_changed(client: Client, event: Event) -> None:
    changed = timezone.now() + dt.timedelta(hours=1)
    Event.objects.filter(pk=event.pk).update(updated_at=changed)
    updated = entries(client, "/events/all/feed")[0].findtext(f"{ATOM}updated")
    assert updated is not None
    assert dt.datetime.fromisoformat(updated) == changed


def test_feed_of_unknown_section_is_not_found(client: Client, db: None) -> None:
    assert client.get("/events/president/nothing/feed").status_code == 404
