"""Rendered pages kept in memory: reused while nothing changes, renewed by any change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from pressroom.events.models import Event, Status
from pressroom.events.version import forget_version
from tests.factories import simple_document
from tests.website.conftest import SaveEvent


@pytest.fixture(autouse=True)
def page_cache(settings: Any) -> None:
    settings.PAGE_CACHE_SECONDS = 60
    forget_version()


def test_second_request_is_served_from_memory(
    client: Client, save_event: SaveEvent, django_assert_max_num_queries: Callable[..., Any]
) -> None:
    save_event(simple_document(1, dt.date(2024, 1, 1)))
    client.get("/events/president/news/1")
    with django_assert_max_num_queries(2):
        assert client.get("/events/president/news/1").status_code == 200


def test_a_new_event_renews_the_neighbours_pages(client: Client, save_event: SaveEvent) -> None:
    save_event(simple_document(1, dt.date(2024, 1, 1)))
    assert "/events/president/news/2" not in client.get("/events/president/news/1").content.decode()
    save_event(simple_document(2, dt.date(2024, 1, 2)))
    assert "/events/president/news/2" in client.get("/events/president/news/1").content.decode()
    assert "Event number 2" in client.get("/").content.decode()


def test_a_withdrawn_event_leaves_the_cached_list_at_once(
    client: Client, save_event: SaveEvent
) -> None:
    event: Event = save_event(simple_document(1, dt.date(2024, 1, 1)))
    assert "Event number 1" in client.get("/").content.decode()
    event.status = Status.WITHDRAWN
    event.save()
    assert "Event number 1" not in client.get("/").content.decode()
    assert client.get("/events/president/news/1").status_code == 404


def test_each_display_mode_has_its_own_copy(client: Client, save_event: SaveEvent) -> None:
    save_event(simple_document(1, dt.date(2024, 1, 1)))
    client.get("/")
    client.cookies["display"] = "large"
    assert 'class="display-large"' in client.get("/").content.decode()


def test_a_cached_event_withdrawn_behind_the_stores_back_is_not_served(
    client: Client, save_event: SaveEvent
) -> None:
    save_event(simple_document(1, dt.date(2024, 1, 1)))
    assert client.get("/events/president/news/1").status_code == 200
    Event.objects.filter(number=1).update(status=Status.WITHDRAWN)
    assert client.get("/events/president/news/1").status_code == 404
