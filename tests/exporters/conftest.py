from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core.management import call_command

from pressroom.demo import generate_documents
from pressroom.document import Document, Paragraph, Tag, Turn
from pressroom.events.models import Event, Status
from pressroom.events.store import Store
from pressroom.textformat import parse

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "data" / "text" / "000_24198349c3055b82.txt"
SCHEMAS = ROOT / "tests" / "data" / "schemas"
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture
def seed_document() -> Document:
    return parse(SEED.read_text(encoding="utf-8"))


@pytest.fixture
def seed_event(db: None, seed_document: Document) -> Event:
    saved = Store().save(seed_document)
    return Event.objects.get(number=saved.number, language=saved.language)


@pytest.fixture
def demo_archive(db: None) -> list[Document]:
    return save_demo_archive()


def save_demo_archive() -> list[Document]:
    """A small generated archive (English and Russian), plus one draft."""
    store = Store()
    docs = list(generate_documents(25, seed=7, russian_share=0.2))
    for doc in docs:
        store.save(doc)
    store.save(secret_draft(), status=Status.DRAFT)
    return docs


def secret_draft() -> Document:
    return Document(
        id=990001,
        title="A secret draft",
        date=dt.date(2024, 1, 1),
        body=(
            Turn(
                label="Secret Speaker",
                paragraphs=(Paragraph("Classified."),),
                speaker="Speaker Secret",
            ),
        ),
        topics=(Tag("Secret topic"),),
        persons=(Tag("Speaker Secret"),),
    )


def export(*args: str) -> str:
    """Run ``pressroom export`` and return what it printed."""
    from io import StringIO

    out = StringIO()
    call_command("export", *args, stdout=out, stderr=StringIO())
    return out.getvalue()
