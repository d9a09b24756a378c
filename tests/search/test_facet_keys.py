"""Each event's index row carries its facet values, kept in step with its tags and turns."""

from __future__ import annotations

import importlib
from dataclasses import replace

import pytest
from django.db import connection

from pressroom.document import Tag
from pressroom.events.models import Block, Event, EventPlace, EventSection, EventTopic
from pressroom.events.store import Store
from pressroom.search.indexer import facet_keys
from pressroom.search.models import EventText
from tests.search.conftest import PUBLISHED, Archive

pytestmark = pytest.mark.django_db


def _expected(event: Event) -> str:
    speakers = Block.objects.filter(event=event, kind=Block.Kind.TURN, person__isnull=False)
    return facet_keys(
        EventTopic.objects.filter(event=event).values_list("topic_id", flat=True),
        EventPlace.objects.filter(event=event).values_list("place_id", flat=True),
        EventSection.objects.filter(event=event).values_list("section_id", flat=True),
        speakers.values_list("person_id", flat=True),
    )


def test_facet_keys_are_grouped_sorted_and_distinct() -> None:
    assert facet_keys([9, 3], [4], [1, 1], [12, 2, 12]) == "t3 t9 p4 s1 k2 k12"
    assert facet_keys([], [], [], []) == ""


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
    assert row.keys == _expected(event) and row.keys.startswith(f"t{topic} ")


def test_the_migration_fills_the_same_keys_as_the_indexer(archive: Archive) -> None:
    migration = importlib.import_module("pressroom.search.migrations.0006_facet_keys")
    before = dict(EventText.objects.values_list("id", "keys"))
    EventText.objects.update(keys="")
    with connection.cursor() as cursor:
        cursor.execute(migration._fill_sql(connection.vendor))
    assert dict(EventText.objects.values_list("id", "keys")) == before
