from __future__ import annotations

import pytest
from django.test import Client

from pressroom.events.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def export_urls(settings: object) -> None:
    settings.ROOT_URLCONF = "tests.api.urls"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("suffix", "media_type", "start"),
    [
        ("json", "application/json", b"{"),
        ("txt", "text/plain", b"Events\n"),
        ("akn.xml", "application/akn+xml", b"<?xml"),
        ("tei.xml", "application/tei+xml", b"<?xml"),
        ("csv", "text/csv", b"event_id,"),
    ],
)
def test_each_event_is_at_its_export_url(
    seed_event: Event, suffix: str, media_type: str, start: bytes
) -> None:
    response = Client().get(f"/events/president/news/{seed_event.number}.{suffix}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(media_type)
    assert response.content.startswith(start)
    assert "Last-Modified" in response


@pytest.mark.parametrize(
    ("accept", "start"),
    [("application/json", b"{"), ("application/tei+xml", b"<?xml"), ("text/csv", b"event_id")],
)
def test_the_event_url_negotiates_data_formats_by_accept(
    seed_event: Event, accept: str, start: bytes
) -> None:
    response = Client().get(f"/events/president/news/{seed_event.number}", HTTP_ACCEPT=accept)
    assert response.status_code == 200
    assert response.content.startswith(start)
    assert "Accept" in response["Vary"]


def test_a_draft_has_no_export_url(seed_event: Event) -> None:
    seed_event.status = "draft"
    seed_event.save()
    for suffix in ("json", "txt", "akn.xml", "tei.xml", "csv"):
        response = Client().get(f"/events/president/news/{seed_event.number}.{suffix}")
        assert response.status_code == 404
