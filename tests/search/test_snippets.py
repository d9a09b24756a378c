"""Snippets: the stretch of a long text around its first real match, escaped and marked."""

from __future__ import annotations

from pressroom.search.snippets import REGION, Highlighter
from pressroom.search.text import stem

ENERGY = Highlighter({stem("energy")})


def test_a_snippet_shows_the_first_real_match_not_a_word_sharing_its_letters() -> None:
    # "generous" holds "ener", the first letters of the stem of "energy".
    text = "A generous offer. " + "Filler words here. " * 40 + "We spoke of energy."
    snippet = ENERGY.snippet(text)
    assert "<mark>energy</mark>" in snippet and snippet.startswith("… ")


def test_a_snippet_of_a_text_without_a_match_is_its_beginning() -> None:
    text = "Nothing to see. " * 60
    snippet = ENERGY.snippet(text)
    assert "<mark>" not in snippet and snippet.startswith("Nothing to see.")


def test_a_snippet_escapes_the_text_around_its_marks() -> None:
    text = "<b>" * (REGION // 3) + " energy & <i>"
    snippet = ENERGY.snippet(text)
    assert "<mark>energy</mark>" in snippet
    assert "<b>" not in snippet and "&lt;i&gt;" in snippet and "&amp;" in snippet


def test_a_match_deep_in_a_long_turn_is_found() -> None:
    text = "Word " * 3_000 + "energy " + "word " * 100
    assert "<mark>energy</mark>" in ENERGY.snippet(text)
