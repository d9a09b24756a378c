"""Hostile content is shown as text everywhere: titles, paragraphs, captions, tags."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from pressroom.document import Gallery, Narrative, Paragraph, Photo, PlaceTag, Tag, Turn
from pressroom.events.models import Event
from tests.factories import sample_document
from tests.website.conftest import SaveEvent

SCRIPT = "<script>window.pwned=1</script>"
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
ANGLES = "<…>"


@pytest.fixture
def hostile(save_event: SaveEvent) -> Event:
    return save_event(
        sample_document(
            title=f"Title {SCRIPT}",
            lead=f"Lead {ATTRIBUTE}",
            place=f"Place {ANGLES}",
            gallery=Gallery(size=1, photos=(Photo(f"Caption {ATTRIBUTE}", f"Credit {SCRIPT}"),)),
            body=(
                Narrative(Paragraph(f"Paragraph {SCRIPT}")),
                Turn(label=f"Label {ATTRIBUTE}", paragraphs=(Paragraph(f"Turn {ANGLES}"),)),
            ),
            topics=(Tag(f"Topic {SCRIPT}", "82"),),
            geography=(PlaceTag(f"Place {ATTRIBUTE}", "NOR", "region"),),
        )
    )


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/events/president/news/70001",
        "/events/president/news/70001/print",
        "/events/president/news/70001/photos",
        "/catalog/keywords/82/events",
        "/catalog/keywords/",
        "/catalog/regions/",
    ],
)
def test_hostile_markup_never_reaches_the_page_as_markup(
    client: Client, hostile: Event, url: str
) -> None:
    body = client.get(url).content.decode()
    assert "<script>window.pwned" not in body
    assert "<img src=x" not in body
    soup = BeautifulSoup(body, "html.parser")
    assert not soup.select("[onerror]")


def test_hostile_text_is_shown_as_text(client: Client, hostile: Event) -> None:
    soup = BeautifulSoup(client.get("/events/president/news/70001").content, "html.parser")
    assert soup.h1.get_text() == f"Title {SCRIPT}"
    assert soup.select_one("#p1").get_text() == f"Paragraph {SCRIPT}"
    assert soup.select_one(".caption").get_text() == f"Caption {ATTRIBUTE}"
    assert f"Turn {ANGLES}" in soup.select_one("#t1p1").get_text()


def test_json_ld_cannot_close_its_script_element(client: Client, hostile: Event) -> None:
    body = client.get("/events/president/news/70001").content.decode()
    soup = BeautifulSoup(body, "html.parser")
    script = soup.select_one('script[type="application/ld+json"]')
    assert "</script>" not in script.string
    assert json.loads(script.string)["headline"] == f"Title {SCRIPT}"


def test_feed_escapes_hostile_titles(client: Client, hostile: Event) -> None:
    body = client.get("/events/all/feed").content.decode()
    assert "<script>" not in body
    assert "&lt;script&gt;" in body


def test_photo_address_with_a_script_scheme_is_dropped(
    client: Client, save_event: SaveEvent
) -> None:
    save_event(
        sample_document(
            gallery=Gallery(size=1, photos=(Photo("x", image_url="javascript:alert(1)"),))
        )
    )
    body = client.get("/events/president/news/70001").content.decode()
    assert "javascript:" not in body


def test_display_switch_refuses_to_send_readers_to_another_site(client: Client, db: None) -> None:
    response = client.get("/display/large", {"next": "https://evil.example/"})
    assert response["Location"] == "/"
