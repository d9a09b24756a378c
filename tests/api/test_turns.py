"""/turns pages equal one plain sort of the visible turns, on every path the list takes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from pressroom.api import cursor as paging
from pressroom.api import turnwalk
from pressroom.document import Paragraph, Turn
from pressroom.events.models import Block, Event, Status
from pressroom.events.store import Store
from pressroom.people.models import Person
from tests.api.conftest import make_document
from tests.conftest import kept_for_module

# One worker saves the crowded archive once for the module; each test's own writes
# are rolled back after it.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("api-turns")]

NO_DATE = dt.date(1, 1, 1)
MARCH = {day: dt.date(2024, 3, day) for day in range(1, 8)}

Row = tuple[int, str, int, int]  # event id, language, sequence, words


def _turn(speaker: str, words: int) -> Turn:
    text = " ".join(["word"] * words)
    return Turn(label=speaker, paragraphs=(Paragraph(text),), speaker=speaker)


@pytest.fixture(scope="module")
def crowded(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    with kept_for_module(django_db_blocker):
        save_crowded()
        yield


def save_crowded() -> None:
    """Several events a day in both languages, some undated, turns of varied speakers
    and lengths; and events no reader may see: a draft, a withdrawn event, one
    scheduled for later. One scheduled event is already due."""
    store = Store()
    speakers = ["Lindqvist Anna", "Okafor Ben", "Ruiz Carla"]
    for number in range(1, 41):
        body = tuple(
            _turn(speakers[(number + i) % 3], (number * 7 + i * 5) % 23 + 1)
            for i in range(number % 5)
        )
        doc = make_document(number, number % 6 + 1, body=body)
        if number % 13 == 0:
            doc = dataclasses.replace(doc, date=None, time=None)
        store.save(doc)
        if number % 3 == 0:
            store.save(dataclasses.replace(doc, language="ru", title=f"Встреча {number}"))
    hidden = make_document(90, 2, body=(_turn("Hidden Person", 4),) * 3)
    store.save(hidden, status=Status.DRAFT)
    store.save(dataclasses.replace(hidden, id=91), status=Status.WITHDRAWN)
    store.save(dataclasses.replace(hidden, id=92), status=Status.SCHEDULED)
    Event.objects.filter(number=92).update(publish_at=dt.datetime(2999, 1, 1, tzinfo=dt.UTC))
    store.save(make_document(93, 3, body=(_turn("Okafor Ben", 9),) * 2), status=Status.SCHEDULED)
    Event.objects.filter(number=93).update(publish_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    call_command("publish-due", verbosity=0)  # cron runs it every minute


def expected(**filters: Any) -> list[Row]:
    """Every visible turn passing ``filters``, sorted plainly."""
    rows = []
    for event in Event.objects.published():
        turns = event.blocks.filter(kind=Block.Kind.TURN).order_by("position")
        for sequence, block in enumerate(turns, start=1):
            rows.append((event, sequence, block))
    kept = [
        (e, n, b)
        for e, n, b in rows
        if filters.get("person") in (None, b.person_id)
        and filters.get("language") in (None, e.language)
        and filters.get("event") in (None, e.number)
        and b.word_count >= filters.get("min_words", 0)
        and b.word_count <= filters.get("max_words", 10**9)
        and (e.date or NO_DATE) >= filters.get("date_from", NO_DATE)
        and (e.date or NO_DATE) <= filters.get("date_to", dt.date.max)
    ]
    kept.sort(key=lambda r: (r[0].date or NO_DATE, r[0].number, r[0].language, r[2].position))
    return [(e.number, e.language, n, b.word_count) for e, n, b in kept]


def walk(client: Client, query: str) -> list[Row]:
    seen: list[Row] = []
    url = f"/api/v1/turns?{query}"
    while True:
        response = client.get(url)
        assert response.status_code == 200, response.content
        page = response.json()
        seen += [(t["event_id"], t["language"], t["sequence"], t["words"]) for t in page["items"]]
        for item in page["items"]:
            assert item["url"].endswith(f"/{item['event_id']}#t{item['sequence']}")
        if page["next_cursor"] is None:
            return seen
        url = f"/api/v1/turns?{query}&cursor={page['next_cursor']}"


@pytest.fixture(params=["walk", "few turns", "some turns", "sort"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Which way the list answers: by date windows, from a filter's few turns sorted
    here or some sorted by the database, or by a full sort (windows capped at nothing)."""
    if request.param == "walk":
        monkeypatch.setattr(turnwalk, "SOME_TURNS", 0)
    elif request.param == "few turns":
        monkeypatch.setattr(turnwalk, "FEW_TURNS", 10**6)
        monkeypatch.setattr(turnwalk, "SOME_TURNS", 10**6)
    elif request.param == "some turns":
        monkeypatch.setattr(turnwalk, "FEW_TURNS", 0)
        monkeypatch.setattr(turnwalk, "SOME_TURNS", 10**6)
    else:
        monkeypatch.setattr(turnwalk, "SOME_TURNS", 0)
        monkeypatch.setattr(turnwalk, "MAX_WINDOW", 0)
    return str(request.param)


@pytest.mark.parametrize("limit", [1, 2, 7, 200])
def test_every_page_walk_equals_a_plain_sort(crowded: None, path: str, limit: int) -> None:
    assert walk(Client(), f"limit={limit}") == expected()


def test_the_list_starts_with_undated_events_and_hides_unpublished_ones(crowded: None) -> None:
    rows = walk(Client(), "limit=50")
    assert rows[0][0] == 13  # undated: as if at the start of time
    assert not {90, 91, 92} & {number for number, _, _, _ in rows}
    assert 93 in {number for number, _, _, _ in rows}  # scheduled and due


@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ("language=ru", {"language": "ru"}),
        ("event=12", {"event": 12}),
        ("event=13", {"event": 13}),
        ("min_words=12", {"min_words": 12}),
        ("max_words=6", {"max_words": 6}),
        ("min_words=5&max_words=15&language=en", {"min_words": 5, "max_words": 15, "language": "en"}),  # noqa: E501
        ("from=2024-03-03&to=2024-03-05", {"date_from": MARCH[3], "date_to": MARCH[5]}),
        ("from=2024-03-04", {"date_from": MARCH[4]}),
        ("min_words=1000", {"min_words": 1000}),
    ],
)  # fmt: skip
def test_a_filtered_walk_equals_a_plain_sort(
    crowded: None, path: str, query: str, filters: dict[str, Any]
) -> None:
    assert walk(Client(), f"limit=3&{query}") == expected(**filters)


def test_a_speaker_walk_equals_a_plain_sort(crowded: None, path: str) -> None:
    person = Person.objects.get(tag_name="Okafor Ben").pk
    got = walk(Client(), f"limit=4&person={person}&min_words=3")
    assert got == expected(person=person, min_words=3)
    assert got


def test_a_hidden_speaker_has_no_turns(crowded: None, path: str) -> None:
    hidden = Person.objects.get(tag_name="Hidden Person").pk
    assert walk(Client(), f"person={hidden}") == []


def test_a_cursor_stays_valid_while_turns_are_added(crowded: None) -> None:
    client = Client()
    first = client.get("/api/v1/turns?limit=5").json()
    Store().save(make_document(77, 1, date=NO_DATE.replace(year=2000), body=(_turn("New", 3),)))
    rest = walk(client, f"limit=5&cursor={first['next_cursor']}")
    served = [(t["event_id"], t["language"], t["sequence"], t["words"]) for t in first["items"]]
    assert served + rest == expected()  # the new event comes after the first page
    assert 77 in {number for number, _, _, _ in rest}


@pytest.mark.parametrize(
    "values",
    [["x", 1, "en", 1], [1, 1, "en", 1], ["2024-01-01", 1, "en"], ["2024-01-01", 2**70, "en", 1],
     ["2024-01-01", 1, "fr", 1], ["2024-01-01", 1, "en", -1], ["2024-01-01", "1", "en", 1]],
)  # fmt: skip
def test_a_cursor_the_api_never_gave_is_refused(crowded: None, values: list[Any]) -> None:
    response = Client().get(f"/api/v1/turns?cursor={paging.encode(values)}")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_cursor"
