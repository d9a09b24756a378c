"""Unpublished events and their turns never appear: not in results, facets or counts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from pressroom.events.models import Event, Status
from pressroom.search import search
from pressroom.search.models import EventText, TurnText
from tests.search.conftest import Archive
from tests.search.helpers import keys

pytestmark = pytest.mark.django_db

QUERIES = [
    "energy cooperation",
    '"energy cooperation"',
    "secret",
    "zembla",
    "withdrawn",
    "future",
    "speaker:putin",
    "speaker:petrov cooperation",
    "kind:turns",
    "kind:events",
    "topic:Secrets",
    "lang:en",
    "from:2019-07-01",
]


@pytest.mark.parametrize("query", QUERIES)
def test_hidden_events_are_absent(archive: Archive, query: str) -> None:
    for order in ("relevance", "date", "speaker"):
        results = search(query, page_size=100, order=order)
        numbers = {h.number for h in results.hits} | {
            h.number for g in results.groups for h in g.hits
        }
        assert not numbers & set(archive.hidden)
        facets = results.facets
        names = {v.name for values in (facets.topics, facets.places, facets.years) for v in values}
        assert not names & {"Secrets", "Zembla", "2031"}


def test_counts_leave_hidden_events_out(archive: Archive) -> None:
    results = search("kind:events")
    assert results.total == len(archive.published)
    assert sum(v.count for v in results.facets.years) == len(archive.published)
    turns = search("kind:turns speaker:petrov")
    assert turns.total == 1 and turns.facets.speakers[0].count == 1


def test_drafts_are_not_in_the_index(archive: Archive) -> None:
    hidden = Event.objects.filter(number__in=[105, 106])
    assert not EventText.objects.filter(event__in=hidden).exists()
    assert not TurnText.objects.filter(block__event__in=hidden).exists()


def test_publishing_a_draft_through_save_makes_it_searchable(archive: Archive) -> None:
    event = Event.objects.get(number=105)
    event.status = Status.PUBLISHED
    event.save()
    assert "105" in keys("zembla")
    assert "105#0" in keys("speaker:putin secret")


def test_withdrawing_hides_at_once(archive: Archive) -> None:
    event = Event.objects.get(number=101)
    event.status = Status.WITHDRAWN
    event.save()
    assert keys("meeting") == []
    assert keys("speaker:lindqvist productive") == []


def test_a_scheduled_event_appears_when_due(archive: Archive) -> None:
    assert keys("future") == []
    Event.objects.filter(number=107).update(publish_at=timezone.now() - dt.timedelta(minutes=1))
    call_command("publish-due", verbosity=0)  # cron runs it every minute
    assert keys("future") == ["107"]


def test_a_due_scheduled_event_is_visible(archive: Archive) -> None:
    assert keys("transit") == ["108"]


def test_deleting_removes_from_the_index(archive: Archive) -> None:
    event = Event.objects.get(number=101)
    event.delete()
    assert keys("meeting") == []
    assert search("productive kind:turns").total == 0
    assert not EventText.objects.filter(id=event.pk).exists()
    indexed_turns = TurnText.objects.values_list("block__event__number", flat=True)
    assert 101 not in set(indexed_turns)


def test_an_update_through_the_store_reindexes(archive: Archive) -> None:
    from dataclasses import replace

    from pressroom.events.store import load_number, save

    doc = load_number(103)
    save(replace(doc, title="Greetings on Astronomy Day"))
    assert keys("astronomy") == ["103"]
    assert keys("greetings science") == ["103"]  # body still says science
    assert keys('"science day"') == []


def test_a_title_changed_through_save_is_searchable(archive: Archive) -> None:
    event = Event.objects.get(number=102)
    event.title = "Talks with the Kazakh leader"
    event.save()
    assert keys("kazakh leader") == ["102"]
