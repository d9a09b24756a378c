"""Golden tests of the query language: each form and the tree it parses to."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressroom.search.query import MAX_QUERY_LENGTH, MAX_TERMS, QueryError, parse

GOLDEN = [
    ("", "(empty)"),
    ("meeting", "(and (word meet))"),
    ("Meetings  GOVERNMENT", "(and (word meet) (word govern))"),
    ('"energy cooperation"', '(and (phrase "energi cooper"))'),
    ('"energy"', "(and (word energi))"),
    ("energy-cooperation", '(and (phrase "energi cooper"))'),
    ("-sanctions", "(and (not (word sanction)))"),
    ('gas -"oil prices"', '(and (word gas) (not (phrase "oil price")))'),
    ("gas OR oil", "(and (or (word gas) (word oil)))"),
    ("gas OR oil OR coal", "(and (or (word gas) (word oil) (word coal)))"),
    ('treaty gas OR "oil price"', '(and (word treati) (or (word gas) (phrase "oil price")))'),
    ("gas or oil", "(and (word gas) (word or) (word oil))"),
    ("econom*", "(and (prefix econom))"),
    ("встречи", "(and (word встреч))"),
    ("Ёлка", "(and (word елк))"),
    ("café", "(and (word cafe))"),
    ('speaker:"Vladimir Putin"', '(and (speaker "Vladimir Putin"))'),
    ("speaker:putin energy", '(and (word energi) (speaker "putin"))'),
    ("person:Putin", '(and (person "Putin"))'),
    ('topic:"Foreign policy" topic:Energy', '(and (topic "Foreign policy") (topic "Energy"))'),
    ("place:KZ", '(and (place "KZ"))'),
    ("section:News", '(and (section "News"))'),
    ("kind:turns", "(and (kind turns))"),
    ("kind:event", "(and (kind events))"),
    ("lang:RU", "(and (lang ru))"),
    ("from:2019-01-01", "(and (from 2019-01-01))"),
    ("to:2019", "(and (to 2019-12-31))"),
    ("from:2019-02 to:2019-02", "(and (from 2019-02-01) (to 2019-02-28))"),
    ("NEAR(gas oil)", '(and (phrase "near gas") (word oil))'),
    ("title:gas", None),
    ("12:00 talks", '(and (phrase "12 00") (word talk))'),
    ("😀 gas", "(and (word gas))"),
    ("gas\x00oil", "(and (word gas) (word oil))"),
]


@pytest.mark.parametrize(("text", "tree"), [g for g in GOLDEN if g[1] is not None])
def test_each_form_parses_to_its_tree(text: str, tree: str) -> None:
    assert parse(text).describe() == tree


ERRORS = [
    ('"unclosed phrase', "not closed"),
    ('speaker:"Vladimir', "not closed"),
    ("OR gas", "OR needs"),
    ("gas OR", "OR needs"),
    ("gas OR -oil", "OR needs"),
    ("- gas", "must be followed"),
    ("title:gas", "Unknown filter title:"),
    ("speaker:", "needs a value"),
    ('topic:""', "needs a value"),
    ("kind:speeches", "kind: is turns or events"),
    ("lang:de", "lang: is en or ru"),
    ("from:2019-13-01", "YYYY-MM-DD"),
    ("from:yesterday", "YYYY-MM-DD"),
    ("from:2020 to:2019", "from: is after to:"),
    ("lang:en lang:ru", "given twice"),
    ("e*", "at least 2 letters"),
    ("energy-coop*", "single word"),
    ("gas " * (MAX_TERMS + 1), "too many words"),
    ("a" * (MAX_QUERY_LENGTH + 1), "too long"),
]


@pytest.mark.parametrize(("text", "message"), ERRORS)
def test_bad_syntax_gives_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse(text)


def test_a_quoted_filter_value_keeps_its_spaces_and_case() -> None:
    assert parse('person:"Putin  Vladimir"').tags == {"person": ("Putin  Vladimir",)}


def test_dates_are_dates() -> None:
    query = parse("from:2019-01-05 to:2019-02")
    assert (query.date_from, query.date_to) == (dt.date(2019, 1, 5), dt.date(2019, 2, 28))


def test_a_speaker_filter_makes_turns_the_results() -> None:
    assert parse("speaker:putin").result_kind == "turns"
    assert parse("speaker:putin kind:events").result_kind == "events"
    assert parse("gas").result_kind == "events"


PIECES = [*'abcяё "-*:()\x00😀\u0301', "speaker:", "from:", "kind:", " OR ", "NEAR(", "2019"]
READER_TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=80)


@given(READER_TEXT)
def test_any_text_parses_or_gives_a_message(text: str) -> None:
    try:
        tree = parse(text)
    except QueryError as exc:
        assert str(exc)
    else:
        assert tree.describe()
