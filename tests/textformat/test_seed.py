"""The seed, checked field by field against the page it was copied from."""

from __future__ import annotations

import datetime as dt

import pytest

from pressroom.document import Document, Omission, Turn
from pressroom.textformat import parse
from tests.textformat.regenerate import TEXT_DIR


@pytest.fixture(scope="module")
def seed() -> Document:
    return parse((TEXT_DIR / "000_24198349c3055b82.txt").read_bytes())


def test_seed_header(seed: Document) -> None:
    assert seed.section_word == "Events"
    assert seed.language == "en"
    assert seed.title == "Meeting with President of Kazakhstan Kassym-Jomart Tokayev"
    assert seed.lead == (
        "Vladimir Putin had a meeting with President of Kazakhstan "
        "Kassym-Jomart Tokayev in Novo-Ogaryovo."
    )
    assert seed.date == dt.date(2023, 10, 7)
    assert seed.time == dt.time(16, 30)
    assert seed.place == ""
    assert seed.id is None


def test_seed_gallery(seed: Document) -> None:
    assert seed.gallery is not None
    assert seed.gallery.size == 5
    (photo,) = seed.gallery.photos
    assert photo.caption == "With President of Kazakhstan Kassym-Jomart Tokayev"
    assert photo.credit == "Pavel Bednyakov, RIA Novosti"


def test_seed_turns(seed: Document) -> None:
    first, second, omission = seed.body
    assert isinstance(first, Turn) and isinstance(second, Turn)
    assert isinstance(omission, Omission)
    assert first.label == "President of Russia Vladimir Putin"
    assert first.layout == "inline"
    assert len(first.paragraphs) == 6
    assert first.paragraphs[0].text == "Mr Tokayev,"
    assert second.label == "President of Kazakhstan Kassym-Jomart Tokayev"
    assert second.layout == "split"
    assert len(second.paragraphs) == 4
    assert second.paragraphs[0].text == "Mr Putin,"
    assert second.speaker == "Tokayev Kassym-Jomart"
    assert second.role == "President of Kazakhstan"


def test_seed_keeps_the_dash_and_spacing_verbatim(seed: Document) -> None:
    first = seed.body[0]
    assert isinstance(first, Turn)
    assert "including space – there are many issues" in first.paragraphs[4].text


def test_seed_tail(seed: Document) -> None:
    (related,) = seed.related
    assert related.kind == "see_also"
    (item,) = related.items
    assert item.title == "Launch of Russian gas supplies to Uzbekistan via Kazakhstan"
    assert item.date == dt.date(2023, 10, 7)
    assert [t.name for t in seed.geography] == ["Kazakhstan"]
    assert [t.name for t in seed.topics] == ["Foreign policy"]
    assert [t.name for t in seed.persons] == ["Tokayev Kassym-Jomart"]


def test_seed_publication(seed: Document) -> None:
    assert seed.publication.sections == ("News", "Transcripts")
    assert seed.publication.date == dt.date(2023, 10, 7)
    assert seed.publication.time == dt.time(16, 30)
    assert seed.publication.direct_link == ""


def test_seed_has_no_final_newline(seed: Document) -> None:
    assert seed.text_layout.final_newline is False
