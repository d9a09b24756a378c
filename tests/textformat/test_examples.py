"""Golden files: every good text renders back byte for byte and parses as recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressroom.document import Document
from pressroom.textformat import ParseError, parse, render
from tests.textformat.regenerate import TEXT_DIR, expected_path, good_texts

GOOD = good_texts()
BAD = sorted((TEXT_DIR / "bad").iterdir())


def test_the_data_holds_the_seed_and_the_examples() -> None:
    names = {p.name for p in GOOD}
    assert "000_24198349c3055b82.txt" in names
    assert len(GOOD) >= 4
    assert {p.name for p in BAD} >= {
        "binary.txt",
        "empty.txt",
        "impossible-date.txt",
        "truncated.txt",
    }


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name)
def test_good_text_renders_back_byte_for_byte(path: Path) -> None:
    data = path.read_bytes()
    assert render(parse(data)).encode("utf-8") == data


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name)
def test_good_text_parses_to_its_expected_document(path: Path) -> None:
    expected = Document.from_json(expected_path(path).read_text(encoding="utf-8"))
    assert parse(path.read_bytes()) == expected


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name)
def test_str_and_bytes_input_give_the_same_document(path: Path) -> None:
    assert parse(path.read_bytes()) == parse(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name)
def test_expected_json_round_trips(path: Path) -> None:
    text = expected_path(path).read_text(encoding="utf-8")
    assert Document.from_json(text).to_json(indent=2) + "\n" == text


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.name)
def test_bad_text_is_rejected_with_a_parse_error(path: Path) -> None:
    with pytest.raises(ParseError):
        parse(path.read_bytes(), source=path.name)


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("binary.txt", 1, "not UTF-8 text (byte 0xD3 cannot be read); is this a text file?"),
        ("empty.txt", 1, "the text is empty"),
        ("impossible-date.txt", 3, "January 45, 2024 is not a real date"),
        (
            "truncated.txt",
            6,
            "expected the publication block ('Publication status') before the end of the text",
        ),
    ],
)
def test_bad_text_error_names_line_and_reason(name: str, line: int, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse((TEXT_DIR / "bad" / name).read_bytes(), source=name)
    assert caught.value.line == line
    assert caught.value.message == message
    assert str(caught.value) == f"line {line}: {message}"
    assert caught.value.source == name
