from __future__ import annotations

import pytest
from django.test import Client

from pressroom.document import Document
from pressroom.people.models import Person
from pressroom.taxonomy.models import Topic
from tests.api.test_events import get

pytestmark = pytest.mark.django_db


def test_turns_are_rows_with_permalinks(archive: list[Document], client: Client) -> None:
    rows = get(client, "/api/v1/turns")["items"]
    assert len(rows) == 6
    first = rows[0]
    assert (first["event_id"], first["sequence"], first["words"]) == (100, 1, 6)
    assert first["url"] == "/events/president/news/100#t1"
    assert "Secret." not in {r["text"] for r in rows}


def test_turns_filter_by_person_event_and_words(archive: list[Document], client: Client) -> None:
    person = Person.objects.get(tag_name="Lindqvist Anna").pk
    assert len(get(client, f"/api/v1/turns?person={person}")["items"]) == 3
    assert len(get(client, "/api/v1/turns?event=101")["items"]) == 2
    assert len(get(client, "/api/v1/turns?min_words=5")["items"]) == 3
    assert len(get(client, "/api/v1/turns?max_words=3&from=2024-03-03")["items"]) == 1


def test_person_counts_cover_published_events_only(archive: list[Document], client: Client) -> None:
    items = get(client, "/api/v1/persons")["items"]
    assert [(p["tag_name"], p["event_count"], p["turn_count"]) for p in items] == [
        ("Lindqvist Anna", 3, 3)
    ]
    hidden = Person.objects.get(tag_name="Hidden Person").pk
    assert client.get(f"/api/v1/persons/{hidden}").status_code == 404


def test_a_person_has_names_posts_and_words(archive: list[Document], client: Client) -> None:
    person = Person.objects.get(tag_name="Lindqvist Anna").pk
    detail = get(client, f"/api/v1/persons/{person}")
    assert detail["word_count"] == 18
    assert {"name": "Anna Lindqvist", "kind": "full"} in detail["names"]
    assert detail["posts"][0]["role"] == "Governor of the Northern Province"


def test_topics_places_and_sections_have_counts(archive: list[Document], client: Client) -> None:
    topics = {t["name"]: t for t in get(client, "/api/v1/topics")["items"]}
    assert set(topics) == {"Agriculture", "Regions"}
    assert topics["Agriculture"]["event_count"] == 3
    places = get(client, "/api/v1/places?kind=region")["items"]
    assert [(p["name"], p["catalog_id"]) for p in places] == [("Northern Province", "NOR")]
    sections = get(client, "/api/v1/sections")["items"]
    assert {s["name"]: s["turn_count"] for s in sections} == {"News": 6, "Transcripts": 6}
    hidden = Topic.objects.get(name="Hidden topic").pk
    assert client.get(f"/api/v1/topics/{hidden}").status_code == 404
    detail = get(client, f"/api/v1/topics/{topics['Regions']['id']}")
    assert detail["event_count"] == 3
