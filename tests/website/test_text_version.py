"""The text version: plain UTF-8, byte for byte what the text format renders."""

from __future__ import annotations

from django.test import Client

from pressroom.events.models import Event
from pressroom.events.store import load_number
from pressroom.textformat import render


def test_text_version_is_exactly_the_rendered_document(client: Client, event: Event) -> None:
    response = client.get("/events/president/news/copy/70001")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content == render(load_number(70001)).encode("utf-8")


def test_text_version_of_an_unknown_event_is_not_found(client: Client, db: None) -> None:
    assert client.get("/events/president/news/copy/5").status_code == 404
