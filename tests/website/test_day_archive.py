"""Day archive /by-date/DD.MM.YYYY and the calendar of months and years."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from tests.factories import simple_document
from tests.website.conftest import SaveEvent


@pytest.fixture
def spread(save_event: SaveEvent) -> None:
    save_event(simple_document(1, dt.date(2023, 11, 20)))
    save_event(simple_document(2, dt.date(2024, 3, 14)))
    save_event(simple_document(3, dt.date(2024, 3, 14), time=dt.time(16, 0)))
    save_event(simple_document(4, dt.date(2024, 3, 20)))


def soup_of(client: Client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_day_archive_lists_that_days_events_newest_first(client: Client, spread: None) -> None:
    soup = soup_of(client, "/events/president/news/by-date/14.03.2024")
    assert [a.get_text() for a in soup.select(".event-item h3 a")] == [
        "Event number 3",
        "Event number 2",
    ]


def test_day_archive_links_the_nearest_days_with_events(client: Client, spread: None) -> None:
    soup = soup_of(client, "/events/president/news/by-date/14.03.2024")
    assert (
        soup.select_one('.pager a[rel="prev"]')["href"]
        == "/events/president/news/by-date/20.11.2023"
    )
    assert (
        soup.select_one('.pager a[rel="next"]')["href"]
        == "/events/president/news/by-date/20.03.2024"
    )


def test_day_without_events_is_an_empty_page_not_an_error(client: Client, spread: None) -> None:
    soup = soup_of(client, "/events/all/by-date/15.03.2024")
    assert soup.select(".event-item") == []


def test_impossible_date_is_not_found(client: Client, spread: None) -> None:
    assert client.get("/events/all/by-date/31.02.2024").status_code == 404


def test_day_page_calendar_links_days_with_events(client: Client, spread: None) -> None:
    soup = soup_of(client, "/events/all/by-date/14.03.2024")
    links = {a.get_text(): a["href"] for a in soup.select("table.month a[aria-label]")}
    assert links == {
        "14": "/events/all/by-date/14.03.2024",
        "20": "/events/all/by-date/20.03.2024",
    }
    assert soup.select_one('table.month a[aria-current="date"]').get_text() == "14"


def test_month_calendar_skips_months_without_events(client: Client, spread: None) -> None:
    soup = soup_of(client, "/events/all/calendar/2024/3")
    assert soup.select_one('.pager a[rel="prev"]')["href"] == "/events/all/calendar/2023/11"
    assert soup.select_one('.pager a[rel="next"]') is None


def test_year_calendar_shows_only_months_with_events(client: Client, spread: None) -> None:
    soup = soup_of(client, "/events/all/calendar/2024")
    assert [c.get_text() for c in soup.select("table.month caption")] == ["March 2024"]
    assert soup.select_one('.pager a[rel="prev"]')["href"] == "/events/all/calendar/2023"


def test_empty_year_is_not_found(client: Client, spread: None) -> None:
    assert client.get("/events/all/calendar/2010").status_code == 404
