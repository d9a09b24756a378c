"""Nothing unpublished is visible: drafts, scheduled events not yet due, withdrawn events."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from pressroom.document import Related, RelatedItem, Tag
from tests.factories import sample_document, simple_document
from tests.website.conftest import SaveEvent

HIDDEN_STATES = ["draft", "future", "withdrawn"]
SECRET = "Secret meeting"


@pytest.fixture(params=HIDDEN_STATES)
def hidden(request: pytest.FixtureRequest, save_event: SaveEvent) -> str:
    """A published neighbour (70000) and an unpublished event (70001) by the same speaker."""
    save_event(
        simple_document(70000, dt.date(2024, 3, 13), persons=(Tag("Lindqvist Anna", "4321"),))
    )
    save_event(sample_document(title=SECRET, lead=SECRET), request.param)
    return str(request.param)


PAGES = [
    "/",
    "/events/all",
    "/events/president/news",
    "/events/all/by-date/14.03.2024",
    "/events/all/calendar/2024/3",
    "/events/all/feed",
    "/events/president/news/feed",
    "/catalog/persons/4321/events",
    "/catalog/persons/4321/events/feed",
    "/catalog/keywords/82/events",
    "/catalog/keywords/82/events/feed",
    "/sitemap-events-en.xml",
    "/events/president/news/70000",
]


@pytest.mark.parametrize("url", PAGES)
def test_hidden_event_appears_on_no_list_feed_or_page(
    client: Client, hidden: str, url: str
) -> None:
    response = client.get(url)
    assert response.status_code == 200, url
    assert SECRET not in response.content.decode()
    assert "/events/president/news/70001" not in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/events/president/news/70001",
        "/events/president/transcripts/70001",
        "/events/president/news/70001/print",
        "/events/president/news/70001/photos",
        "/events/president/news/copy/70001",
        "/d/70001",
    ],
)
def test_hidden_event_pages_are_not_found(client: Client, hidden: str, url: str) -> None:
    assert client.get(url).status_code == 404


def test_calendar_has_no_day_only_a_hidden_event_holds(client: Client, hidden: str) -> None:
    body = client.get("/events/all/by-date/13.03.2024").content.decode()
    assert "/by-date/14.03.2024" not in body


def test_person_only_in_hidden_events_has_no_page(client: Client, save_event: SaveEvent) -> None:
    save_event(sample_document(), "draft")
    assert client.get("/catalog/persons/4321/events").status_code == 404
    assert "Lindqvist" not in client.get("/catalog/persons/").content.decode()
    assert client.get("/catalog/keywords/82/events").status_code == 200
    assert "Agriculture" not in client.get("/catalog/keywords/").content.decode()


def test_their_own_words_leave_out_hidden_events(client: Client, hidden: str) -> None:
    body = client.get("/catalog/persons/4321/events").content.decode()
    assert "Good afternoon." not in body


def test_see_also_does_not_link_a_hidden_event(
    client: Client, hidden: str, save_event: SaveEvent
) -> None:
    related = Related("see_also", (RelatedItem("Earlier", event_id=70001),))
    save_event(simple_document(70002, dt.date(2024, 3, 20), related=(related,)))
    body = client.get("/events/president/news/70002").content.decode()
    assert 'href="/events/president/news/70001"' not in body


def test_scheduled_event_appears_once_due(client: Client, save_event: SaveEvent) -> None:
    save_event(sample_document(), "due")
    assert client.get("/events/president/news/70001").status_code == 200
    assert SECRET not in client.get("/").content.decode()
    assert "Meeting with the Governor" in client.get("/").content.decode()
