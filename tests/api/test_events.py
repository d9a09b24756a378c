from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from pressroom.document import Document
from pressroom.events.models import Event
from pressroom.events.store import Store
from pressroom.people.models import Person
from pressroom.taxonomy.models import Place, Section, Topic

pytestmark = pytest.mark.django_db


def get(client: Client, url: str, **headers: Any) -> Any:
    response = client.get(url, **headers)
    assert response.status_code == 200, response.content
    return response.json()


def ids(page: dict[str, Any]) -> list[int]:
    return [item["id"] for item in page["items"]]


def test_events_are_listed_newest_first(archive: list[Document], client: Client) -> None:
    assert ids(get(client, "/api/v1/events")) == [102, 101, 100]
    assert ids(get(client, "/api/v1/events?sort=date")) == [100, 101, 102]


def test_a_draft_is_never_listed(archive: list[Document], client: Client) -> None:
    assert 999 not in ids(get(client, "/api/v1/events"))
    assert client.get("/api/v1/events/999").status_code == 404


def test_the_cursor_walks_every_event_once(archive: list[Document], client: Client) -> None:
    seen: list[int] = []
    url = "/api/v1/events?limit=1"
    while True:
        page = get(client, url)
        seen += ids(page)
        if page["next_cursor"] is None:
            break
        url = f"/api/v1/events?limit=1&cursor={page['next_cursor']}"
    assert seen == [102, 101, 100]


def test_filters_narrow_the_list(archive: list[Document], client: Client) -> None:
    person = Person.objects.get(tag_name="Lindqvist Anna").pk
    topic = Topic.objects.get(name="Agriculture").pk
    place = Place.objects.get(name="Northern Province").pk
    section = Section.objects.get(name="News").pk
    for query in (f"person={person}", f"speaker={person}", f"topic={topic}",
                  f"place={place}", f"section={section}", "language=en"):  # fmt: skip
        assert ids(get(client, f"/api/v1/events?{query}")) == [102, 101, 100], query
    assert ids(get(client, "/api/v1/events?from=2024-03-02&to=2024-03-02")) == [101]
    assert ids(get(client, "/api/v1/events?language=ru")) == []
    hidden = Person.objects.get(tag_name="Hidden Person").pk
    assert ids(get(client, f"/api/v1/events?speaker={hidden}")) == []


def test_the_detail_is_the_whole_document_with_row_ids(
    archive: list[Document], client: Client
) -> None:
    event = get(client, "/api/v1/events/100")
    assert event["schema"] == "pressroom.document/1"
    assert [b["kind"] for b in event["body"]] == [
        "narrative", "separator", "turn", "turn", "omission"
    ]  # fmt: skip
    turn = event["body"][2]
    assert turn["person_id"] == Person.objects.get(tag_name="Lindqvist Anna").pk
    assert turn["url"] == "/events/president/news/100#t1"
    assert event["persons"][0]["id"] == turn["person_id"]
    assert event["gallery"]["size"] == 3
    assert event["publication"]["sections"] == ["News", "Transcripts"]


def test_a_russian_event_has_its_russian_addresses_everywhere(
    archive: list[Document], client: Client
) -> None:
    Store().save(dataclasses.replace(archive[0], language="ru", title="Встреча"))
    item = get(client, "/api/v1/events?language=ru")["items"][0]
    assert item["url"] == "/ru/events/president/news/100"
    assert item["api_url"] == "/api/v1/events/100?language=ru"
    event = get(client, item["api_url"])
    assert event["url"] == "/ru/events/president/news/100"
    assert event["text_url"] == "/api/v1/events/100/text?language=ru"
    assert event["body"][2]["url"] == "/ru/events/president/news/100#t1"
    turns = get(client, "/api/v1/turns?language=ru")["items"]
    assert [t["url"] for t in turns] == [
        "/ru/events/president/news/100#t1", "/ru/events/president/news/100#t2"
    ]  # fmt: skip
    english = get(client, "/api/v1/events/100")
    assert english["url"] == "/events/president/news/100"


def test_the_text_version_is_plain_text(archive: list[Document], client: Client) -> None:
    response = client.get("/api/v1/events/100/text")
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode().startswith("Events\nMeeting with the Governor number 100\n")


def test_an_unchanged_event_answers_304(archive: list[Document], client: Client) -> None:
    first = client.get("/api/v1/events/100")
    assert first["ETag"] and first["Last-Modified"]
    again = client.get("/api/v1/events/100", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_get_responses_allow_any_origin(archive: list[Document], client: Client) -> None:
    assert client.get("/api/v1/events")["Access-Control-Allow-Origin"] == "*"
    preflight = client.options("/api/v1/events")
    assert preflight.status_code == 204
    assert "GET" in preflight["Access-Control-Allow-Methods"]


def _changes(client: Client, since: dt.datetime) -> list[dict[str, Any]]:
    return get(client, f"/api/v1/events?changed_since={since.isoformat().replace('+', '%2B')}")[
        "items"
    ]


def test_changed_since_lists_changes_then_tombstones(
    archive: list[Document], client: Client
) -> None:
    since = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    assert sorted(i["id"] for i in _changes(client, since)) == [100, 101, 102]
    event = Event.objects.get(number=101)
    event.status = "withdrawn"
    event.save()
    Event.objects.get(number=102).delete()
    items = {i["id"]: i for i in _changes(client, since)}
    assert items[101]["status"] == "withdrawn"
    assert items[102]["status"] == "deleted"
    assert "title" in items[100]


def test_a_draft_enters_changed_since_only_when_published(
    archive: list[Document], client: Client
) -> None:
    since = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    assert 999 not in {i["id"] for i in _changes(client, since)}
    draft = Event.objects.get(number=999)
    draft.delete()
    assert 999 not in {i["id"] for i in _changes(client, since)}


def test_publishing_a_draft_shows_it_and_withdrawing_leaves_a_tombstone(
    archive: list[Document], client: Client
) -> None:
    since = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    draft = Event.objects.get(number=999)
    draft.status = "published"
    draft.save()
    assert "title" in {i["id"]: i for i in _changes(client, since)}[999]
    draft.status = "withdrawn"
    draft.save()
    assert {i["id"]: i for i in _changes(client, since)}[999]["status"] == "withdrawn"
    assert client.get("/api/v1/events/999").status_code == 404


def test_a_scheduled_event_appears_once_due(archive: list[Document], client: Client) -> None:
    since = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    draft = Event.objects.get(number=999)
    draft.status = "scheduled"
    draft.publish_at = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    draft.save()
    assert 999 not in {i["id"] for i in _changes(client, since)}
    Event.objects.filter(pk=draft.pk).update(publish_at=dt.datetime.now(dt.UTC))
    call_command("publish-due", verbosity=0)  # cron runs it every minute
    assert 999 in {i["id"] for i in _changes(client, since)}


def test_changes_page_through_events_and_tombstones_once(
    archive: list[Document], client: Client
) -> None:
    since = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    Event.objects.get(number=100).delete()
    stamp = since.isoformat().replace("+", "%2B")
    seen: list[tuple[int, str]] = []
    url = f"/api/v1/events?changed_since={stamp}&limit=1"
    while True:
        page = get(client, url)
        seen += [(i["id"], i.get("status", "event")) for i in page["items"]]
        if page["next_cursor"] is None:
            break
        url = f"/api/v1/events?changed_since={stamp}&limit=1&cursor={page['next_cursor']}"
    assert sorted(seen) == [(100, "deleted"), (101, "event"), (102, "event")]
    assert seen[-1] == (100, "deleted")


def test_changed_since_takes_any_offset_python_reads(
    archive: list[Document], client: Client
) -> None:
    # PostgreSQL refuses offsets of 16 hours and more; the moment is passed in UTC.
    response = client.get("/api/v1/events?changed_since=2019-11-19T18:02:50-23:18")
    assert response.status_code == 200
    assert sorted(i["id"] for i in response.json()["items"]) == [100, 101, 102]


def test_changed_since_beyond_the_calendar_in_utc_is_refused_by_name(client: Client) -> None:
    response = client.get("/api/v1/events?changed_since=0001-01-01T00:00%2B01:00")
    assert response.status_code == 422
    assert "changed_since" in response.content.decode()
