from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from django.core.cache import caches
from django.test import Client

from pressroom.document import (
    Document,
    Gallery,
    Narrative,
    Omission,
    Paragraph,
    Photo,
    PlaceTag,
    Publication,
    Separator,
    Tag,
    Turn,
)
from pressroom.events.models import Event, Status
from pressroom.events.store import Store


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
    doc = Document(
        id=number,
        title=f"Meeting with the Governor number {number}",
        lead="The Governor reported on the harvest.",
        date=dt.date(2024, 3, day),
        time=dt.time(12, 0),
        place="The Kremlin, Moscow",
        gallery=Gallery(size=2, photos=(Photo("At the meeting", "Press Service"),)),
        body=(
            Narrative(Paragraph("Taking part were the Governor and the Minister.")),
            Separator(),
            Turn(
                label="Governor of the Northern Province Anna Lindqvist",
                paragraphs=(Paragraph("Good afternoon."), Paragraph("The harvest was good.")),
                speaker="Lindqvist Anna",
                role="Governor of the Northern Province",
            ),
            Turn(label="Question", paragraphs=(Paragraph("And the roads?"),)),
            Omission(),
        ),
        geography=(PlaceTag("Northern Province", catalog_id="NP", place_kind="region"),),
        topics=(Tag("Agriculture"), Tag("Regions")),
        persons=(Tag("Lindqvist Anna", catalog_id="501"),),
        publication=Publication(
            sections=("News", "Transcripts"), date=dt.date(2024, 3, day), time=dt.time(14, 45)
        ),
    )
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


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
