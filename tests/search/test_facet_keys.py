"""Each event's index row carries its keys (tags, speakers, year, language), kept in step."""

from __future__ import annotations

from dataclasses import replace

import pytest
from django.db import connection

from pressroom.document import Tag
from pressroom.events.models import (
    Block,
    Event,
    EventPerson,
    EventPlace,
    EventSection,
    EventTopic,
)
from pressroom.events.store import Store
from pressroom.search import schema
from pressroom.search.indexer import facet_keys
from pressroom.search.models import EventText, TurnText
from tests.search.conftest import PUBLISHED, Archive
from tests.search.helpers import keys

pytestmark = pytest.mark.django_db


def _expected(event: Event) -> str:
    speakers = Block.objects.filter(event=event, kind=Block.Kind.TURN, person__isnull=False)
    return facet_keys(
        {
            "topic": EventTopic.objects.filter(event=event).values_list("topic_id", flat=True),
            "place": EventPlace.objects.filter(event=event).values_list("place_id", flat=True),
            "section": EventSection.objects.filter(event=event).values_list(
                "section_id", flat=True
            ),
            "speaker": speakers.values_list("person_id", flat=True),
            "person": EventPerson.objects.filter(event=event).values_list("person_id", flat=True),
            "year": [event.date.year] if event.date else [],
            "lang": [event.language],
        }
    )


def test_keys_are_grouped_sorted_and_distinct() -> None:
    keys = facet_keys(
        {"speaker": [12, 2, 12], "topic": [9, 3], "section": [1, 1], "lang": ["en"], "year": [2019]}
    )
    assert keys == "_t3 _t9 _s1 _k2 _k12 _y2019 _len"
    assert facet_keys({}) == ""


def test_every_indexed_event_carries_its_tags_and_speakers(archive: Archive) -> None:
    rows = dict(EventText.objects.values_list("id", "keys"))
    assert rows
    for event in Event.objects.filter(pk__in=rows):
        assert rows[event.pk] == _expected(event)
        assert rows[event.pk]


def test_a_changed_topic_changes_the_keys(archive: Archive) -> None:
    first = PUBLISHED[0]
    Store().save(replace(first, topics=(Tag("Agriculture"),)))
    event = Event.objects.get(number=101, language=first.language)
    row = EventText.objects.get(id=event.pk)
    topic = EventTopic.objects.get(event=event).topic_id
    assert row.keys == _expected(event) and row.keys.startswith(f"_t{topic} ")


@pytest.mark.parametrize("model", [EventText, TurnText])
def test_the_migration_fills_the_same_keys_as_the_indexer(
    archive: Archive, model: type[EventText] | type[TurnText]
) -> None:
    before = dict(model.objects.values_list("id", "keys"))
    assert before and all(before.values())
    model.objects.update(keys="")
    with connection.cursor() as cursor:
        cursor.execute(schema.fill_keys_sql(connection.vendor, model._meta.db_table))
    assert dict(model.objects.values_list("id", "keys")) == before


def test_a_turn_carries_its_own_speaker_and_its_events_other_keys(archive: Archive) -> None:
    for turn in TurnText.objects.select_related("block__event"):
        event = EventText.objects.get(id=turn.block.event_id).keys.split()
        own = [k for k in turn.keys.split() if k.startswith("_k")]
        assert own == ([f"_k{turn.block.person_id}"] if turn.block.person_id else [])
        assert [k for k in turn.keys.split() if not k.startswith("_k")] == [
            k for k in event if not k.startswith("_k")
        ]


@pytest.mark.parametrize("word", ["len", "y2019", "t1", "_t1", "k1", "s1*"])
def test_a_readers_word_never_matches_a_key(archive: Archive, word: str) -> None:
    assert keys(word) == []


def test_whole_years_matched_by_keys_find_what_the_dates_say(archive: Archive) -> None:
    # No event of the archive falls on 1 January or 31 December: both ranges hold the same.
    by_years = keys("energy from:2019 to:2019")
    assert by_years and by_years == keys("energy from:2019-01-02 to:2019-12-30")
    assert keys("kind:events from:2019 to:2019") == keys(
        "kind:events from:2019-01-02 to:2019-12-30"
    )


def test_a_date_changed_through_the_desk_moves_the_year_of_the_event_and_its_turns(
    archive: Archive,
) -> None:
    event = Event.objects.get(number=101, language="en")
    assert event.date
    event.date = event.date.replace(year=2017)
    event.save()
    assert "_y2017" in EventText.objects.get(id=event.pk).keys.split()
    turns = TurnText.objects.filter(block__event=event)
    assert turns and all(
        "_y2017" in t.keys.split() and (t.day or 0) // 10_000 == 2017 for t in turns
    )
    for turn in turns.select_related("block"):
        assert turn.keys == _expected_turn(event, turn.block.person_id)


def _expected_turn(event: Event, speaker: int | None) -> str:
    keys = _expected(event).split()
    own = [f"_k{speaker}"] if speaker else []
    events_keys = [k for k in keys if not k.startswith("_k")]
    at = next((i for i, k in enumerate(events_keys) if k.startswith(("_n", "_y", "_l"))), None)
    at = len(events_keys) if at is None else at
    return " ".join(events_keys[:at] + own + events_keys[at:])
