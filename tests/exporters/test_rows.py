from __future__ import annotations

import dataclasses

import pytest

from pressroom.document import Document, Paragraph, PersonRef, Photo
from pressroom.events.models import Event
from pressroom.events.store import Store, iter_documents
from pressroom.exporters.encode import document_dict
from pressroom.exporters.rows import iter_documents_fast

pytestmark = pytest.mark.django_db


def test_bulk_loading_builds_the_documents_the_store_loads(
    demo_archive: list[Document], seed_event: Event
) -> None:
    events = Event.objects.order_by("number", "language")
    assert list(iter_documents_fast(events, batch_size=7)) == list(iter_documents(events))


def test_bulk_loading_keeps_mentions_photos_and_related(seed_document: Document) -> None:
    narrative = dataclasses.replace(
        seed_document.body[0],
        paragraphs=(Paragraph("Mr Tokayev, hello.", (PersonRef("Tokayev", 3, 10, "123"),)),),
    )
    gallery = dataclasses.replace(
        seed_document.gallery, photos=(Photo("One", "TASS", "/a.jpg", "/a-t.jpg", True, "9"),)
    )
    doc = dataclasses.replace(seed_document, id=4242, body=(narrative, *seed_document.body[1:]),
                              gallery=gallery)  # fmt: skip
    Store().save(doc)
    events = Event.objects.filter(number=4242)
    assert list(iter_documents_fast(events)) == list(iter_documents(events))


def test_the_fast_encoding_equals_the_documents_own(demo_archive: list[Document]) -> None:
    for doc in demo_archive:
        assert document_dict(doc) == doc.to_dict()
