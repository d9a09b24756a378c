"""Home and section lists: newest first, grouped by day, 20 a page, with marks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from pressroom.document import Gallery, Photo, Publication, Tag
from tests.factories import sample_document, simple_document
from tests.website.conftest import SaveEvent

START = dt.date(2024, 1, 1)


def titles(client: Client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, url
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in soup.select(".event-item h3 a")]


def save_many(save_event: SaveEvent, count: int) -> None:
    """``count`` events, one a day, each with topics and persons."""
    for n in range(1, count + 1):
        save_event(
            simple_document(
                n,
                START + dt.timedelta(days=n),
                topics=(Tag("Agriculture"), Tag(f"Topic {n % 3}")),
                persons=(Tag("Lindqvist Anna"), Tag(f"Person{n % 4} Given")),
            )
        )


@pytest.fixture
def many(save_event: SaveEvent, settings: Any) -> None:
    """Seven events on pages of five."""
    settings.PAGE_SIZE = 5
    save_many(save_event, 7)


def test_home_lists_the_newest_events_first(client: Client, many: None) -> None:
    found = titles(client, "/")
    assert found == [f"Event number {n}" for n in range(7, 2, -1)]


def test_second_page_continues_where_the_first_ends(client: Client, many: None) -> None:
    assert titles(client, "/events/president/news/page/2") == [
        "Event number 2",
        "Event number 1",
    ]


def test_page_past_the_end_is_not_found(client: Client, many: None) -> None:
    assert client.get("/events/president/news/page/3").status_code == 404
    assert client.get("/events/president/news/page/0").status_code == 404


def test_pager_links_older_and_newer_pages(client: Client, many: None) -> None:
    soup = BeautifulSoup(client.get("/events/president/news").content, "html.parser")
    assert soup.select_one('.pager a[rel="next"]')["href"] == "/events/president/news/page/2"
    soup = BeautifulSoup(client.get("/events/president/news/page/2").content, "html.parser")
    assert soup.select_one('.pager a[rel="prev"]')["href"] == "/events/president/news"
    assert soup.select_one('.pager a[rel="next"]') is None


def test_events_are_grouped_by_day(client: Client, save_event: SaveEvent) -> None:
    save_event(simple_document(1, START))
    save_event(simple_document(2, START, time=dt.time(15, 0)))
    save_event(simple_document(3, START + dt.timedelta(days=1)))
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    days = soup.select("section.day")
    assert [d.h2.time["datetime"] for d in days] == ["2024-01-02", "2024-01-01"]
    assert [a.get_text() for a in days[1].select("h3 a")] == ["Event number 2", "Event number 1"]


def test_section_list_holds_only_that_sections_events(
    client: Client, save_event: SaveEvent
) -> None:
    save_event(simple_document(1, START))
    save_event(simple_document(2, START, publication=Publication(sections=("News", "Transcripts"))))
    assert titles(client, "/events/president/transcripts") == ["Event number 2"]
    assert len(titles(client, "/events/president/news")) == 2


@pytest.mark.parametrize("share", [0.0, 1.1], ids=["walked in date order", "gathered and sorted"])
def test_section_list_is_the_same_whichever_plan_the_sections_size_picks(
    client: Client, save_event: SaveEvent, monkeypatch: pytest.MonkeyPatch, share: float
) -> None:
    from pressroom.website import queries

    monkeypatch.setattr(queries, "LARGE_SHARE", share)
    both = Publication(sections=("News", "Transcripts"))
    for n in range(1, 6):
        save_event(simple_document(n, START + dt.timedelta(days=n % 3), publication=both))
    save_event(simple_document(6, START + dt.timedelta(days=9)))
    assert titles(client, "/events/president/transcripts") == [
        "Event number 5", "Event number 2", "Event number 4", "Event number 1", "Event number 3"
    ]  # fmt: skip


def test_unknown_section_is_not_found(client: Client, db: None) -> None:
    assert client.get("/events/president/nonsense").status_code == 404


def test_list_item_has_title_time_place_lead_and_marks(client: Client, event: Any) -> None:
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    item = soup.select_one(".event-item")
    assert item.h3.a["href"] == "/events/president/news/70001"
    assert item.select_one(".meta time").get_text() == "12:00"
    assert item.select_one(".place").get_text() == "The Kremlin, Moscow"
    assert item.select_one(".lead").get_text() == "The Governor reported on the harvest."
    assert item.select_one(".mark.transcript") is not None
    assert item.select_one(".mark.photos").get_text() == "3 photos"
    assert "words" in item.select_one(".mark.length")["title"]


def test_list_item_without_transcript_or_photos_has_no_such_marks(
    client: Client, save_event: SaveEvent
) -> None:
    save_event(simple_document(1, START))
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.select_one(".mark.transcript") is None
    assert soup.select_one(".mark.photos") is None


def test_list_page_costs_a_bounded_number_of_queries(
    client: Client, save_event: SaveEvent, django_assert_max_num_queries: Callable[..., Any]
) -> None:
    save_many(save_event, 21)
    # Six for the page, and with cold caches five more: the data version (four) and the
    # section's size (which picks the query plan), then cached per data version.
    with django_assert_max_num_queries(11):
        assert client.get("/events/president/news").status_code == 200
    with django_assert_max_num_queries(11):
        assert client.get("/events/president/news/page/2").status_code == 200


def test_photo_mark_counts_one_photo_in_the_singular(client: Client, save_event: SaveEvent) -> None:
    save_event(sample_document(gallery=Gallery(size=1, photos=(Photo("One"),))))
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.select_one(".mark.photos").get_text() == "1 photo"
