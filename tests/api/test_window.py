"""The event list's pages, walked with their cursors, equal a plain sort."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from pressroom.events.models import Event, Status
from pressroom.events.store import Store
from tests.api.conftest import make_document
from tests.conftest import kept_for_module

# One worker saves the crowded archive once for the module; each test's own writes
# are rolled back after it.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("api-window")]

NO_DATE, NO_TIME = dt.date(1, 1, 1), dt.time(0, 0)


@pytest.fixture(scope="module")
def crowded(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    with kept_for_module(django_db_blocker):
        save_crowded()
        yield


def save_crowded() -> None:
    """Several events a day, in both languages, some undated, some at midnight or timeless."""
    store = Store()
    for number in range(1, 31):
        day = number % 4 + 1
        changes: dict[str, Any] = {"time": dt.time(number % 3 * 6, 0)}
        if number % 7 == 0:
            changes["time"] = None
        if number % 11 == 0:
            changes["date"] = None
        doc = dataclasses.replace(make_document(number, day), **changes)
        store.save(doc)
        if number % 3 == 0:
            store.save(dataclasses.replace(doc, language="ru", title=f"Встреча {number}"))
    store.save(make_document(99, 2), status=Status.SCHEDULED)
    Event.objects.filter(number=99).update(publish_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    call_command("publish-due", verbosity=0)


def expected(language: str | None, descending: bool) -> list[tuple[int, str]]:
    events = Event.objects.published()
    if language:
        events = events.filter(language=language)
    rows = sorted(
        events.values_list("date", "time", "number", "language"),
        key=lambda r: (r[0] or NO_DATE, r[1] or NO_TIME, r[2], r[3]),
        reverse=descending,
    )
    return [(number, lang) for _, _, number, lang in rows]


def walk(client: Client, query: str) -> list[tuple[int, str]]:
    seen: list[tuple[int, str]] = []
    url = f"/api/v1/events?{query}"
    while True:
        page = client.get(url).json()
        seen += [(item["id"], item["language"]) for item in page["items"]]
        if page["next_cursor"] is None:
            return seen
        url = f"/api/v1/events?{query}&cursor={page['next_cursor']}"


@pytest.mark.parametrize("limit", [1, 2, 5, 50])
@pytest.mark.parametrize("sort", ["-date", "date"])
def test_every_page_walk_equals_a_plain_sort(crowded: None, limit: int, sort: str) -> None:
    assert walk(Client(), f"limit={limit}&sort={sort}") == expected(None, sort == "-date")


@pytest.mark.parametrize("sort", ["-date", "date"])
def test_a_language_walk_equals_a_plain_sort(crowded: None, sort: str) -> None:
    got = walk(Client(), f"limit=3&sort={sort}&language=ru")
    assert got == expected("ru", sort == "-date")


def test_a_filtered_walk_keeps_only_matching_events(crowded: None) -> None:
    days = {dt.date(2024, 3, 2), dt.date(2024, 3, 3)}
    dates = dict(
        ((n, lang), day) for n, lang, day in Event.objects.values_list("number", "language", "date")
    )
    got = walk(Client(), "limit=2&from=2024-03-02&to=2024-03-03")
    assert got == [key for key in expected(None, True) if dates[key] in days]


@pytest.mark.parametrize("limit", [1, 4])
@pytest.mark.parametrize("sort", ["-date", "date"])
def test_a_walk_without_undated_events_equals_a_plain_sort(
    crowded: None, limit: int, sort: str
) -> None:
    Event.objects.filter(date__isnull=True).delete()
    assert walk(Client(), f"limit={limit}&sort={sort}") == expected(None, sort == "-date")


def test_an_oldest_first_filtered_walk_keeps_only_matching_events(crowded: None) -> None:
    dates = {
        (n, lang): day or NO_DATE
        for n, lang, day in Event.objects.values_list("number", "language", "date")
    }
    got = walk(Client(), "limit=2&sort=date&from=2024-03-03")
    assert got == [key for key in expected(None, False) if dates[key] >= dt.date(2024, 3, 3)]
