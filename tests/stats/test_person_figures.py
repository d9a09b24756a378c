"""A person's figures against independent queries: events, words, the people met."""

from __future__ import annotations

from collections import Counter

import pytest

from pressroom.events.models import Block, Event
from pressroom.stats.queries import person

pytestmark = pytest.mark.django_db


def events_of(pk: int) -> list[Event]:
    """Independently: published English events where the person is tagged or speaks."""
    found = []
    for event in Event.objects.published().language("en"):
        tagged = event.eventperson_set.filter(person_id=pk).exists()
        spoke = event.blocks.filter(kind="turn", person_id=pk).exists()
        if tagged or spoke:
            found.append(event)
    return found


def test_events_per_year_counts_tagged_and_speaking(archive: dict[str, int]) -> None:
    pk = archive["Lindqvist Anna"]
    expected = Counter(e.date.year for e in events_of(pk) if e.date)
    assert dict(person.events_per_year(pk, "en").rows) == dict(expected) == {2019: 2, 2020: 2}


def test_events_per_month_fills_the_months_between(archive: dict[str, int]) -> None:
    rows = person.events_per_month(archive["Lindqvist Anna"], "en").rows
    assert rows[0] == ("2019-03", 2)
    assert rows[-1] == ("2020-07", 2)
    assert len(rows) == 17
    assert sum(n for _, n in rows) == 4


def test_words_per_year_sum_the_persons_turns(archive: dict[str, int]) -> None:
    pk = archive["Lindqvist Anna"]
    turns = Block.objects.filter(person_id=pk, kind="turn", event__in=events_of(pk))
    by_year: Counter[int] = Counter()
    for turn in turns.select_related("event"):
        by_year[turn.event.date.year] += turn.word_count
    rows = person.words_per_year(pk, "en").rows
    assert {year: words for year, words, _ in rows} == dict(by_year) == {2019: 15, 2020: 7}


def test_people_met_most_often_count_shared_events(archive: dict[str, int]) -> None:
    pk = archive["Lindqvist Anna"]
    rows = person.people_met(pk, "en").rows
    assert [(name, n) for _, name, n in rows] == [("Oskar Berg", 3), ("Petra Novak", 2)]


def test_people_met_excludes_people_of_hidden_events(archive: dict[str, int]) -> None:
    rows = person.people_met(archive["Lindqvist Anna"], "en").rows
    assert archive["Ruiz Carlos"] not in [pk for pk, _, _ in rows]


def test_topics_and_places_of_a_person(archive: dict[str, int]) -> None:
    pk = archive["Novak Petra"]
    assert [row[1:] for row in person.topics(pk, "en").rows] == [("Energy", 2), ("Economy", 1)]
    places = [(row[1], row[4]) for row in person.places(pk, "en").rows]
    assert places == [("Kazakhstan", 1), ("Moscow", 1)]


def test_longest_turns_come_first_with_their_event(archive: dict[str, int]) -> None:
    rows = person.longest_turns(archive["Lindqvist Anna"], "en").rows
    assert [(event, words) for event, _, _, words, _ in rows] == [(102, 10), (104, 7), (101, 5)]


def test_most_recent_turns_come_first(archive: dict[str, int]) -> None:
    rows = person.recent_turns(archive["Lindqvist Anna"], "en").rows
    assert [row[0] for row in rows] == [104, 102, 101]


def test_a_person_of_hidden_events_only_has_no_figures(archive: dict[str, int]) -> None:
    pk = archive["Ruiz Carlos"]
    assert person.events_per_year(pk, "en").rows == ()
    assert person.words_per_year(pk, "en").rows == ()
    assert person.longest_turns(pk, "en").rows == ()
