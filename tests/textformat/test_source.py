"""Untrusted input: size, encoding, control characters, line ends."""

from __future__ import annotations

import pytest

from pressroom.textformat import MAX_BYTES, ParseError, parse, render
from tests.textformat.conftest import english


def test_larger_than_five_megabytes_is_rejected_before_reading() -> None:
    with pytest.raises(ParseError, match="larger than 5 MB"):
        parse(b"a" * (MAX_BYTES + 1))


def test_large_str_is_rejected_too() -> None:
    with pytest.raises(ParseError, match="larger than 5 MB"):
        parse("я" * (MAX_BYTES // 2 + 1))


def test_nul_byte_is_rejected_at_its_line() -> None:
    with pytest.raises(ParseError) as caught:
        parse(english("Body\x00."))
    assert caught.value.line == 3
    assert "NUL" in caught.value.message


def test_not_utf8_names_the_line() -> None:
    with pytest.raises(ParseError) as caught:
        parse(english("Body \xe9.").encode("latin-1"))
    assert caught.value.line == 3


def test_lone_surrogate_is_rejected() -> None:
    with pytest.raises(ParseError):
        parse(english("Body \ud800."))


def test_whitespace_only_is_empty() -> None:
    with pytest.raises(ParseError, match="the text is empty"):
        parse(" \n\n\t\n")


def test_non_text_input_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        parse(12345)  # type: ignore[arg-type]


def test_crlf_and_bom_are_read_and_normalised() -> None:
    text = english("Body.")
    doc = parse("\ufeff" + text.replace("\n", "\r\n"))
    assert doc == parse(text)
    assert render(doc) == text


def test_unicode_line_separators_stay_inside_a_paragraph() -> None:
    text = english("One\u2028two\x85three.")
    assert render(parse(text)) == text


def test_source_name_is_kept_on_the_error() -> None:
    with pytest.raises(ParseError) as caught:
        parse(b"", source="events/1.txt")
    assert caught.value.source == "events/1.txt"
    assert str(caught.value) == "line 1: the text is empty"
