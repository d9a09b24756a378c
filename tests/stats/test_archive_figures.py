"""Archive-wide figures against independent counts over the fixed archive."""

from __future__ import annotations

from collections import Counter

import pytest

from pressroom.events.models import Block, Event
from pressroom.stats.queries import archive as figures

pytestmark = pytest.mark.django_db


def visible() -> list[Event]:
    return list(Event.objects.published().language("en"))


def test_events_per_year_matches_a_count_of_published_events(archive: dict[str, int]) -> None:
    expected = Counter(e.date.year for e in visible() if e.date)
    assert dict(figures.events_per_year("en").rows) == dict(expected) == {2019: 2, 2020: 2}


def test_events_per_year_by_section_counts_each_section(archive: dict[str, int]) -> None:
    rows = set(figures.events_per_year_by_section("en").rows)
    assert rows == {
        (2019, "News", 2),
        (2019, "Transcripts", 1),
        (2020, "News", 1),
        (2020, "Transcripts", 1),
    }


def test_transcript_words_are_the_sum_of_published_turns(archive: dict[str, int]) -> None:
    turns = Block.objects.filter(kind="turn", event__in=visible())
    totals = dict(figures.transcripts("en").rows)
    assert totals["words"] == sum(t.word_count for t in turns) == 27
    assert totals["turns"] == 5
    assert totals["transcripts"] == 3
    assert totals["speakers"] == 2


def test_busiest_day_is_the_day_with_two_events(archive: dict[str, int]) -> None:
    assert figures.busiest_days("en").rows[0] == ("2020-07-01", 2)


def test_most_frequent_tags_count_events(archive: dict[str, int]) -> None:
    assert [row[1:] for row in figures.top_topics("en").rows] == [("Economy", 3), ("Energy", 2)]
    assert [row[1:] for row in figures.top_places("en").rows] == [("Kazakhstan", 3), ("Moscow", 1)]
    persons = {row[1]: row[2] for row in figures.top_persons("en").rows}
    assert persons == {"Anna Lindqvist": 3, "Oskar Berg": 3, "Petra Novak": 2}


def test_places_carry_kind_and_code_for_the_map(archive: dict[str, int]) -> None:
    rows = {row[1]: row[2:] for row in figures.places("en").rows}
    assert rows == {"Kazakhstan": ("country", "KZ", 3), "Moscow": ("region", "MOW", 1)}


def test_unpublished_events_never_count(archive: dict[str, int]) -> None:
    everything = [
        figures.events_per_year("en"),
        figures.events_per_year_by_section("en"),
        figures.busiest_days("en"),
        figures.top_persons("en"),
        figures.transcripts("en"),
    ]
    text = repr(everything)
    assert "Ruiz" not in text
    assert 2021 not in figures.events_per_year("en").column("year")
    assert dict(figures.transcripts("en").rows)["words"] == 27  # not 327: Ruiz spoke 100 x 3


def test_an_empty_archive_has_empty_figures(db: None) -> None:
    assert figures.events_per_year("en").rows == ()
    assert dict(figures.transcripts("en").rows) == {
        "words": 0,
        "turns": 0,
        "transcripts": 0,
        "speakers": 0,
    }


def test_other_language_is_counted_apart(archive: dict[str, int]) -> None:
    assert figures.events_per_year("ru").rows == ()
