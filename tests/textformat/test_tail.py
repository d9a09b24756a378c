"""Related blocks, tags and the publication block."""

from __future__ import annotations

import datetime as dt

import pytest

from pressroom.document import Narrative, Paragraph
from pressroom.textformat import ParseError, parse
from tests.textformat.conftest import english, parse_lines


def test_repeated_related_blocks_in_order() -> None:
    doc = parse_lines(
        "Body.",
        "See also",
        "One",
        "May 1, 2024",
        "Additional",
        "Two",
        "May 2, 2024",
        "Three",
        "May 3, 2024",
    )
    assert [r.kind for r in doc.related] == ["see_also", "additional"]
    assert [i.title for i in doc.related[1].items] == ["Two", "Three"]


def test_tags_blocks() -> None:
    doc = parse_lines(
        "Body.",
        "Geography",
        "Orenburg Region",
        "Topics",
        "Agriculture",
        "Persons",
        "Mishustin Mikhail",
    )
    assert [t.name for t in doc.geography] == ["Orenburg Region"]
    assert [t.name for t in doc.topics] == ["Agriculture"]
    assert [t.name for t in doc.persons] == ["Mishustin Mikhail"]


def test_heading_word_inside_the_body_stays_body() -> None:
    doc = parse_lines("Topics", "were many.", "Geography", "Kazakhstan")
    assert doc.body == (Narrative(Paragraph("Topics")), Narrative(Paragraph("were many.")))
    assert [t.name for t in doc.geography] == ["Kazakhstan"]


def test_heading_out_of_order_is_not_a_tail() -> None:
    doc = parse_lines("Body.", "Topics", "Culture", "Geography", "Kazakhstan")
    assert [t.name for t in doc.geography] == ["Kazakhstan"]
    assert doc.topics == ()


def test_impossible_date_in_see_also_is_an_error_at_its_line() -> None:
    text = english("Body.", "See also", "One", "February 30, 2024")
    with pytest.raises(ParseError) as caught:
        parse(text)
    assert caught.value.line == 6
    assert caught.value.message == "February 30, 2024 is not a real date"


def test_direct_link_sets_the_id() -> None:
    text = english("Body.").replace(
        "Text version", "Direct link: en.kremlin.ru/d/72465\nText version"
    )
    doc = parse(text)
    assert doc.id == 72465
    assert doc.publication.direct_link == "en.kremlin.ru/d/72465"


def test_publication_date_without_time() -> None:
    text = english("Body.").replace("March 14, 2024, 14:45", "March 14, 2024")
    doc = parse(text)
    assert (doc.publication.date, doc.publication.time) == (dt.date(2024, 3, 14), None)


def test_several_sections() -> None:
    text = english("Body.").replace("sections: News", "sections: News, Transcripts, Speeches")
    assert parse(text).publication.sections == ("News", "Transcripts", "Speeches")


def test_missing_text_version_is_an_error() -> None:
    text = english("Body.").replace("\nText version\n", "\n")
    with pytest.raises(ParseError, match="expected 'Text version' to close the text"):
        parse(text)


def test_text_after_text_version_is_an_error() -> None:
    with pytest.raises(ParseError, match="unexpected text after 'Text version'") as caught:
        parse(english("Body.") + "More\n")
    assert caught.value.line == 8


def test_blank_lines_after_the_end_are_dropped() -> None:
    doc = parse(english("Body.") + "\n\n")
    assert doc.text_layout.final_newline is True


def test_impossible_publication_time_is_an_error() -> None:
    text = english("Body.").replace("14:45", "25:61")
    with pytest.raises(ParseError, match="25:61 is not a real time of day"):
        parse(text)
