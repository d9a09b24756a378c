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


def test_a_cyrillic_word_is_marked_in_any_form() -> None:
    meeting = Highlighter({stem("встреча")})
    assert "<mark>Встречи</mark>" in meeting.snippet("Ёлка стоит. Встречи были полезными.")


def test_text_that_lower_casing_lengthens_is_still_marked_in_place() -> None:
    # "İ" lower-cases to two characters: the offsets of the lower-cased text would drift.
    snippet = ENERGY.snippet("İstanbul talks on energy supply.")
    assert snippet == "İstanbul talks on <mark>energy</mark> supply."


def test_every_matching_word_of_the_window_is_marked_once() -> None:
    snippet = ENERGY.snippet("Energy, energies and energy again; synergy is not.")
    assert snippet.count("<mark>") == 3 and "syn<mark>" not in snippet


def test_a_word_written_with_diacritics_is_marked_in_a_snippet() -> None:
    sjoberg = Highlighter({stem("sjoberg")})
    assert "<mark>Sjöberg</mark>" in sjoberg.snippet("Talks with Mr Sjöberg on trade.")
    assert "<mark>Sjöberg</mark>" in sjoberg.highlight("Talks with Mr Sjöberg")


def test_a_word_that_folding_lengthens_is_still_marked() -> None:
    # The ligature "ﬁ" folds to two letters, so offsets in the folded text drift.
    fish = Highlighter({stem("fish")})
    assert fish.highlight("A ﬁsh and fish") == "A <mark>ﬁsh</mark> and <mark>fish</mark>"
    assert "<mark>ﬁsh</mark>" in fish.snippet("A ﬁsh and fishes")
