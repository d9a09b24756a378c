"""The API and export URLs as mounted in the whole site, before the website's pages."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import resolve

from pressroom.events.models import Event

pytestmark = pytest.mark.django_db


def test_the_site_mounts_the_api_and_the_export_urls() -> None:
    assert resolve("/api/v1/events").url_name == "list_events"
    assert resolve("/events/president/news/72465.tei.xml").url_name == "event-export"


def test_a_browser_still_gets_the_event_page(seed_event: Event, settings: object) -> None:
    settings.STORAGES = {  # type: ignore[attr-defined]
        **settings.STORAGES,  # type: ignore[attr-defined]
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    page = Client().get(
        f"/events/president/news/{seed_event.number}", HTTP_ACCEPT="text/html,*/*;q=0.8"
    )
    assert page.status_code == 200
    assert page["Content-Type"].startswith("text/html")
    assert "Accept" in page["Vary"]
    data = Client().get(
        f"/events/president/news/{seed_event.number}", HTTP_ACCEPT="application/json"
    )
    assert data.json()["title"] == seed_event.title
