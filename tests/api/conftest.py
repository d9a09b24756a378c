from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from django.core.cache import caches
from django.test import Client

from pressroom.document import Document, Paragraph, Tag, Turn
from pressroom.events.models import Event, Status
from pressroom.events.store import Store
from tests.factories import BODY, sample_document


def _clear_caches() -> None:
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def api_urls(settings: pytest.FixtureRequest) -> Iterator[None]:
    settings.ROOT_URLCONF = "tests.api.urls"  # type: ignore[attr-defined]
    settings.PRESSROOM_API_RATE = "100000/min"  # type: ignore[attr-defined]
    # The rate limit's counters in memory, so that tests without the database run; the
    # database's table, shared by workers, is used in tests/faults.
    settings.CACHES = {  # type: ignore[attr-defined]
        **settings.CACHES,  # type: ignore[attr-defined]
        "limits": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    _clear_caches()
    yield
    _clear_caches()


def make_document(number: int, day: int = 1, **changes: object) -> Document:
    """The meeting with the Governor on March ``day``, 2024, numbered in its title."""
    changes.setdefault("title", f"Meeting with the Governor number {number}")
    changes.setdefault("body", BODY[:5])
    return sample_document(number, dt.date(2024, 3, day), **changes)


@pytest.fixture
def archive(db: None) -> list[Document]:
    """Three published events, and one draft that must never show."""
    store = Store()
    docs = [make_document(100 + i, day=1 + i) for i in range(3)]
    for doc in docs:
        store.save(doc)
    draft = make_document(
        999,
        day=20,
        title="Secret draft",
        persons=(Tag("Hidden Person"),),
        topics=(Tag("Hidden topic"),),
        body=(
            Turn(
                label="Hidden Person", paragraphs=(Paragraph("Secret."),), speaker="Hidden Person"
            ),
        ),
    )
    store.save(draft, status=Status.DRAFT)
    return docs


@pytest.fixture
def client() -> Client:
    return Client()


def draft_event() -> Event:
    return Event.objects.get(number=999)
