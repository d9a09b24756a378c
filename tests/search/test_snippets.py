"""Snippets: the stretch of a long text around its first real match, escaped and marked."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressroom.search.snippets import REGION, WINDOW_CHARS, Highlighter
from pressroom.search.text import fold, stem

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


def test_a_snippet_is_about_its_width_in_whole_words() -> None:
    text = " ".join(f"word{n}" for n in range(200)) + " energy " + "tail " * 200
    snippet = ENERGY.snippet(text)
    body = snippet.removeprefix("… ").removesuffix(" …")
    assert snippet.startswith("… ") and snippet.endswith(" …")
    shown = body.replace("<mark>", "").replace("</mark>", "")
    assert WINDOW_CHARS - 10 <= len(shown) <= WINDOW_CHARS
    assert body.split()[0] in text.split() and body.split()[-1] in text.split()


def test_a_snippet_shows_the_stretch_with_most_matches() -> None:
    # One match first, three together 280 characters on: more than a snippet apart.
    text = "energy " + "filler " * 40 + "energy and energy, energy again. " + "filler " * 20
    snippet = ENERGY.snippet(text)
    assert snippet.count("<mark>energy</mark>") == 3 and snippet.startswith("… ")


def test_a_snippet_of_text_without_spaces_is_cut_at_its_width() -> None:
    snippet = ENERGY.snippet("x" * 1000)
    assert snippet == "x" * WINDOW_CHARS + " …"


_PIECES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["Energy", "energies", "synergy", "ﬁsh", "İ", "Встречи", "<b>", "&", "\n"]),
)


@given(st.lists(_PIECES, max_size=80).map(" ".join))
def test_a_snippet_is_escaped_source_text_with_only_matching_words_marked(text: str) -> None:
    snippet = ENERGY.snippet(text)
    inner = snippet.removeprefix("… ").removesuffix(" …")
    assert "<" not in re.sub("</?mark>", "", inner)
    assert html.unescape(re.sub("</?mark>", "", inner)) in text
    for word in re.findall("<mark>(.*?)</mark>", inner):
        assert ENERGY.matches(stem(html.unescape(word).casefold()))


def test_a_match_in_text_without_spaces_is_in_its_snippet() -> None:
    snippet = ENERGY.snippet("x" * 300 + "·energy·" + "x" * 90)
    assert "<mark>energy</mark>" in snippet and snippet.startswith("… x")


@pytest.mark.parametrize(
    "word", ["making", "city", "having", "during", "try", "dying", "skies", "ugly", "July"]
)
def test_a_word_whose_stem_is_not_its_beginning_is_marked(word: str) -> None:
    # "making" has the stem "make", "city" "citi", "dying" "die", "skies" "sky".
    marked = Highlighter({stem(fold(word))})
    assert f"<mark>{word}</mark>" in marked.snippet(f"We spoke of {word} here.")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъыьэюя", min_size=1))
def test_every_word_is_marked_where_its_own_stem_is_asked_for(word: str) -> None:
    assert "<mark>" in Highlighter({stem(word)}).highlight(f"x {word} x")
