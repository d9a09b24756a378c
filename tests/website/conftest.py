"""Fixtures for the public site: events saved through the store, in any state."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from pressroom.document import (
    Document,
    Gallery,
    Narrative,
    Omission,
    Paragraph,
    Photo,
    PlaceTag,
    Publication,
    Related,
    RelatedItem,
    Separator,
    Tag,
    Turn,
)
from pressroom.events.models import Event, Status
from pressroom.events.store import Store

LOCALE = Path(__file__).resolve().parents[2] / "pressroom" / "locale"


@pytest.fixture(scope="session", autouse=True)
def compiled_messages() -> None:
    """Compile the Russian catalogue when it is missing or older than its .po (as `make messages`)."""
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


def sample_document(number: int = 70001, **changes: Any) -> Document:
    """An event with one of everything the page prints."""
    doc = Document(
        id=number,
        title="Meeting with the Governor of the Northern Province",
        lead="The Governor reported on the harvest.",
        date=dt.date(2024, 3, 14),
        time=dt.time(12, 0),
        place="The Kremlin, Moscow",
        gallery=Gallery(
            size=3,
            photos=(
                Photo("At the meeting", "Press Service"),
                Photo("Handshake", "Press Service"),
                Photo("The Governor", "News Agency", agency=True),
            ),
        ),
        body=(
            Narrative(Paragraph("Taking part were the Governor and the Minister.")),
            Separator(),
            Turn(
                label="Governor of the Northern Province Anna Lindqvist",
                paragraphs=(Paragraph("Good afternoon."), Paragraph("The harvest was good.")),
                speaker="Lindqvist Anna",
                role="Governor of the Northern Province",
            ),
            Turn(label="Question", paragraphs=(Paragraph("And the roads?"),), layout="split"),
            Omission(),
            Turn(
                label="Anna Lindqvist",
                paragraphs=(Paragraph("The roads are next."),),
                speaker="Lindqvist Anna",
            ),
        ),
        related=(Related("see_also", (RelatedItem("An earlier meeting", dt.date(2024, 1, 2)),)),),
        geography=(PlaceTag("Northern Province", catalog_id="NOR", place_kind="region"),),
        topics=(Tag("Agriculture", catalog_id="82"), Tag("Regions")),
        persons=(Tag("Lindqvist Anna", catalog_id="4321"),),
        publication=Publication(
            sections=("News", "Transcripts"),
            date=dt.date(2024, 3, 14),
            time=dt.time(14, 45),
            direct_link=f"en.kremlin.ru/d/{number}",
        ),
    )
    return replace(doc, **changes)


def simple_document(number: int, day: dt.date, **changes: Any) -> Document:
    doc = Document(
        id=number,
        title=f"Event number {number}",
        lead=f"Lead of event {number}.",
        date=day,
        time=dt.time(10, 0),
        body=(Narrative(Paragraph(f"Text of event {number}.")),),
        topics=(Tag("Agriculture", catalog_id="82"),),
        persons=(Tag("Lindqvist Anna", catalog_id="4321"),),
        publication=Publication(sections=("News",), date=day, time=dt.time(10, 0)),
    )
    return replace(doc, **changes)


SaveEvent = Callable[..., Event]


@pytest.fixture
def save_event(db: None) -> Iterator[SaveEvent]:
    """Save a Document and return its row; ``state`` is published, draft, withdrawn or due/future."""
    store = Store()

    def save(doc: Document, state: str = "published") -> Event:
        status = {"future": Status.SCHEDULED, "due": Status.SCHEDULED}.get(state, state)
        saved = store.save(doc, status=status)
        event = Event.objects.get(number=saved.number, language=saved.language)
        if state in ("future", "due"):
            delta = dt.timedelta(days=30)
            event.publish_at = timezone.now() + (delta if state == "future" else -delta)
            event.save(update_fields=["publish_at"])
        return event

    yield save


@pytest.fixture
def event(save_event: SaveEvent) -> Event:
    return save_event(sample_document())
