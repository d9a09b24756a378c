"""Fixtures for the public site: events saved through the store, in any state."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone

from pressroom.document import Document
from pressroom.events.models import Event, Status
from pressroom.events.store import Store
from pressroom.website.cache import forget_pages
from tests.factories import sample_document

LOCALE = Path(__file__).resolve().parents[2] / "pressroom" / "locale"


@pytest.fixture(scope="session", autouse=True)
def compiled_messages() -> None:
    """Compile the Russian catalogue when missing or stale, as `make messages` does."""
    for po in LOCALE.glob("*/LC_MESSAGES/*.po"):
        mo = po.with_suffix(".mo")
        if shutil.which("msgfmt") and (not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime):
            subprocess.run(["msgfmt", "-o", str(mo), str(po)], check=True)


@pytest.fixture(autouse=True)
def plain_static_files(settings: Any) -> None:
    """Serve static files by their plain names: tests run without collectstatic."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def no_page_cache(settings: Any) -> Iterator[None]:
    """Tests change rows behind the store's back; test_page_cache.py turns the cache on."""
    settings.PAGE_CACHE_SECONDS = 0
    forget_pages()
    yield
    forget_pages()


SaveEvent = Callable[..., Event]


@pytest.fixture
def save_event(db: None) -> Iterator[SaveEvent]:
    """Save a Document, return its row; ``state``: published, draft, withdrawn, due, future."""
    store = Store()

    def save(doc: Document, state: str = "published") -> Event:
        status = {"future": Status.SCHEDULED, "due": Status.SCHEDULED}.get(state, state)
        saved = store.save(doc, status=status)
        event = Event.objects.get(number=saved.number, language=saved.language)
        if state in ("future", "due"):
            delta = dt.timedelta(days=30)
            event.publish_at = timezone.now() + (delta if state == "future" else -delta)
            event.save(update_fields=["publish_at"])
            call_command("publish-due", verbosity=0)  # cron runs it every minute
            event.refresh_from_db()
        return event

    yield save


@pytest.fixture
def event(save_event: SaveEvent) -> Event:
    return save_event(sample_document())
