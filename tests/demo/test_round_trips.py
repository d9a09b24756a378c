"""Generated documents survive the JSON form and the text version unchanged."""

from __future__ import annotations

from dataclasses import replace
from itertools import islice
from pathlib import Path

import pytest

from pressroom.demo import generate_documents
from pressroom.document import Document
from pressroom.textformat import parse, render


def test_json_form_round_trips(archive: list[Document]) -> None:
    for doc in archive[:800]:
        assert Document.from_json(doc.to_json()) == doc


def test_json_form_round_trips_with_extras() -> None:
    for doc in generate_documents(300, seed=9, russian_share=0.3, extras=True):
        assert Document.from_json(doc.to_json()) == doc


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_text_version_carries_every_document(seed: int) -> None:
    for doc in islice(generate_documents(400, seed=seed, russian_share=0.3), 400):
        back = parse(render(doc))
        # The parser records where a document came from ("text"); provenance aside,
        # the document must come back equal.
        assert back.source.format == "text"
        assert replace(back, source=doc.source) == doc, doc.id


def test_text_version_renders_back_byte_identical(archive: list[Document]) -> None:
    for doc in archive[:300]:
        text = render(doc)
        assert render(parse(text)) == text


def test_extras_change_nothing_the_text_version_prints() -> None:
    plain = generate_documents(300, seed=6, russian_share=0.3)
    rich = generate_documents(300, seed=6, russian_share=0.3, extras=True)
    for a, b in zip(plain, rich, strict=True):
        assert render(a) == render(b)


def test_extras_fill_galleries_kinds_and_related_ids() -> None:
    docs = list(generate_documents(600, seed=6, extras=True))
    galleries = [d.gallery for d in docs if d.gallery]
    assert all(len(g.photos) == g.size for g in galleries)
    urls = {p.image_url for g in galleries for p in g.photos}
    assert all(u.startswith("/static/website/demo/photo") and u.endswith(".svg") for u in urls)
    static = Path(__file__).resolve().parents[2] / "pressroom" / "website" / "static"
    assert all((static / u.removeprefix("/static/")).is_file() for u in urls)
    assert any(p.agency for g in galleries for p in g.photos)
    assert all(t.place_kind in ("country", "region") for d in docs for t in d.geography)
    items = [i for d in docs for r in d.related for i in r.items]
    assert items and all(i.event_id is not None for i in items)
