from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest

from pressroom.document import (
    SCHEMA,
    Document,
    Paragraph,
    PersonRef,
    Photo,
    Publication,
    Source,
    Turn,
)
from pressroom.exporters.encode import dumps_line

pytestmark = pytest.mark.django_db


def generic(value: Any) -> Any:
    """Every dataclass field in declaration order: what the encoder must write."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, tuple):
        return [generic(v) for v in value]
    if dataclasses.is_dataclass(value):
        return {f.name: generic(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def document_dict(doc: Document) -> dict[str, Any]:
    return {"schema": SCHEMA, **generic(doc)}


def test_the_fast_encoding_equals_the_documents_own(demo_archive: list[Document]) -> None:
    for doc in demo_archive:
        assert document_dict(doc) == doc.to_dict()


def test_the_fast_encoding_keeps_every_field_in_the_same_order(seed_document: Document) -> None:
    first = seed_document.body[0]
    assert isinstance(first, Turn)
    turn = dataclasses.replace(
        first,
        paragraphs=(Paragraph("Mr Tokayev, hello.", (PersonRef("Tokayev", 3, 10, "123"),)),),
    )
    assert seed_document.gallery is not None
    gallery = dataclasses.replace(
        seed_document.gallery, photos=(Photo("One", "TASS", "/a.jpg", "/a-t.jpg", True, "9"),)
    )
    doc = dataclasses.replace(
        seed_document,
        body=(turn, *seed_document.body[1:]),
        gallery=gallery,
        publication=Publication(("News",), dt.date(2020, 1, 2), dt.time(9, 5), "en.x/d/1"),
        source=Source("html", "u", "h", dt.datetime(2020, 1, 2, 3, 4, tzinfo=dt.UTC), "t"),
    )
    assert json.dumps(document_dict(doc)) == json.dumps(doc.to_dict())


def test_a_line_is_what_json_dumps_writes_with_unicode_kept() -> None:
    record = {"record": "event", "title": 'Встреча \u2028 «с» "кавычками"', "n": [1, None]}
    assert dumps_line(record) == json.dumps(record, ensure_ascii=False) + "\n"
