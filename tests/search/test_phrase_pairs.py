"""Phrases in SQLite's recent tiers are matched as pairs of adjacent stems, in the whole
index by position: both exactly where the words follow each other, in one column,
whatever the rows went through."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import given, settings
from hypothesis import strategies as st

from pressroom.search.compile import fts5
from pressroom.search.query import parse
from pressroom.search.schema import PAIRS_FUNCTION, Index, pairs

WORDS = ("red", "green", "blue", "sea")
INDEX = Index("rows", "rows_fts", ("a", "b"), paired=("a", "b"), recent="rows_recent", span=1)


def test_pairs_join_each_two_adjacent_stems() -> None:
    assert pairs("public librari open") == "public_librari librari_open"


def test_a_single_stem_or_nothing_has_no_pairs() -> None:
    assert pairs("energi") == "" and pairs("") == "" and pairs(None) == ""


def test_a_phrase_compiles_to_its_pairs_for_a_tier_and_to_its_words_for_the_index() -> None:
    query = parse('"public libraries are open"')
    assert fts5(query, paired=True) == '("public_librari librari_are are_open")'
    assert fts5(query) == '("public librari are open")'


def test_an_excluded_phrase_compiles_to_its_pairs_for_a_tier() -> None:
    query = parse('energy -"public libraries"')
    assert fts5(query, paired=True) == '(("energi")) NOT ("public_librari")'


def test_only_the_tier_has_pair_columns() -> None:
    assert INDEX.fts_columns(INDEX.fts) == ("a", "b")
    assert INDEX.fts_columns(INDEX.recent) == ("a", "b", "a_pairs", "b_pairs")


@contextmanager
def small_index() -> Iterator[sqlite3.Connection]:
    """A small index row table with its FTS5 tables, made as the project makes its own,
    the tier holding every row."""
    conn = sqlite3.connect(":memory:")
    conn.create_function(PAIRS_FUNCTION, 1, pairs, deterministic=True)
    conn.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT NOT NULL)")
    INDEX.remake(conn.execute)
    for sql in INDEX.start_tier("0"):
        conn.execute(sql)
    try:
        yield conn
    finally:
        conn.close()


def _contains(words: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


def _matched(conn: sqlite3.Connection, phrase: list[str], fts: str) -> set[int]:
    match = fts5(parse('"' + " ".join(phrase) + '"'), paired=fts == INDEX.recent)
    found = conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ?", [match])
    return {pk for (pk,) in found}


texts = st.lists(st.sampled_from(WORDS), max_size=8)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(st.tuples(texts, texts), min_size=1, max_size=6),
    changed=st.lists(st.tuples(st.integers(0, 5), texts), max_size=3),
    removed=st.sets(st.integers(0, 5), max_size=2),
    phrase=st.lists(st.sampled_from(WORDS), min_size=2, max_size=4),
)
def test_a_phrase_matches_exactly_the_rows_whose_column_holds_its_words_in_order(
    rows: list[tuple[list[str], list[str]]],
    changed: list[tuple[int, list[str]]],
    removed: set[int],
    phrase: list[str],
) -> None:
    with small_index() as conn:
        stored = _written(conn, rows, changed, removed)
        # Never across the columns: "b" does not continue "a".
        expected = {
            pk for pk, (a, b) in stored.items() if _contains(a, phrase) or _contains(b, phrase)
        }
        assert _matched(conn, phrase, INDEX.recent) == expected
        assert _matched(conn, phrase, INDEX.fts) == expected


def _written(
    conn: sqlite3.Connection,
    rows: list[tuple[list[str], list[str]]],
    changed: list[tuple[int, list[str]]],
    removed: set[int],
) -> dict[int, tuple[list[str], list[str]]]:
    """Insert, update and delete rows; what the table holds after."""
    stored = {pk: (a, b) for pk, (a, b) in enumerate(rows)}
    for pk, (a, b) in stored.items():
        conn.execute("INSERT INTO rows VALUES (?, ?, ?)", [pk, " ".join(a), " ".join(b)])
    for pk, a in changed:
        if pk in stored:
            conn.execute("UPDATE rows SET a = ? WHERE id = ?", [" ".join(a), pk])
            stored[pk] = (a, stored[pk][1])
    for pk in removed & set(stored):
        conn.execute("DELETE FROM rows WHERE id = ?", [pk])
        del stored[pk]
    return stored


def test_filling_a_tier_gives_what_the_triggers_give() -> None:
    with small_index() as conn:
        conn.execute("INSERT INTO rows VALUES (1, 'red sea blue', 'green red')")
        conn.execute("INSERT INTO rows VALUES (2, 'sea red', '')")
        vocabulary = "SELECT term, doc, col, offset FROM v ORDER BY 1, 2, 3, 4"
        conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, rows_recent, instance)")
        kept = conn.execute(vocabulary).fetchall()
        for sql in INDEX.start_tier("0"):
            conn.execute(sql)
        assert conn.execute(vocabulary).fetchall() == kept
    assert ("red_sea", 1, "a_pairs", 0) in kept and ("sea_blue", 1, "a_pairs", 1) in kept
