"""Figures are cached per data version: served from the cache until events change."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pressroom.events import version
from pressroom.events.models import Event, Status
from pressroom.events.store import Store
from pressroom.stats.queries import archive as figures
from tests.stats.archive import LINDQVIST, event

pytestmark = pytest.mark.django_db


def test_a_cached_figure_runs_no_figure_query(archive: dict[str, int]) -> None:
    figures.events_per_year("en")
    with CaptureQueriesContext(connection) as queries:
        figures.events_per_year("en")
    assert not any("GROUP BY" in q["sql"] for q in queries.captured_queries)


def test_saving_an_event_changes_the_figures(archive: dict[str, int]) -> None:
    before = figures.events_per_year("en").rows
    Store().save(event(120, dt.date(2021, 5, 5), (LINDQVIST,)), status=Status.PUBLISHED)
    assert figures.events_per_year("en").rows == (*before, (2021, 1))


def test_deleting_an_event_changes_the_figures(archive: dict[str, int]) -> None:
    figures.events_per_year("en")
    Event.objects.get(number=103).delete()
    assert dict(figures.events_per_year("en").rows)[2020] == 1


def test_a_scheduled_event_falling_due_changes_the_version(archive: dict[str, int]) -> None:
    first = version.read_version()
    Event.objects.filter(number=107).update(publish_at=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    call_command("publish-due", verbosity=0)  # cron runs it every minute
    assert version.read_version() != first


def test_the_version_is_remembered_briefly_and_forgotten_on_save(archive: dict[str, int]) -> None:
    first = version.data_version()
    with CaptureQueriesContext(connection) as queries:
        assert version.data_version() == first
    assert not queries.captured_queries
    version.forget_version()
    with CaptureQueriesContext(connection) as queries:
        version.data_version()
    assert queries.captured_queries
