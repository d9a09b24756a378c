"""`pressroom reindex` rebuilds the index; the engine's index stays consistent with its rows."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from pressroom.events.models import Event, Status
from pressroom.search import schema
from pressroom.search.models import EventText, TurnText
from tests.search.conftest import Archive
from tests.search.helpers import keys

pytestmark = pytest.mark.django_db

sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="FTS5 tables on SQLite only")


def _vocabulary(fts: str) -> list[tuple[object, ...]]:
    """Every token of an FTS5 table with the rows, column and offset it is at."""
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE VIRTUAL TABLE temp.{fts}_v USING fts5vocab(main, {fts}, instance)")
        cursor.execute(f"SELECT term, doc, col, offset FROM temp.{fts}_v ORDER BY 1, 2, 3, 4")
        found = cursor.fetchall()
        cursor.execute(f"DROP TABLE temp.{fts}_v")
    return found


def assert_fts_matches_rows() -> None:
    """The FTS5 tables, kept by triggers, hold what indexing every row afresh gives."""
    for index in schema.indexes():
        kept = _vocabulary(index.fts)
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {index.fts}({index.fts}) VALUES ('delete-all')")
            cursor.execute(index.fill)
            cursor.execute(f"INSERT INTO {index.fts}({index.fts}) VALUES ('integrity-check')")
        assert kept == _vocabulary(index.fts), index.fts


def _snapshot() -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    columns = ("id", "title", "lead", "body", "tags", "keys")
    events: list[tuple[object, ...]] = list(EventText.objects.order_by("id").values_list(*columns))
    turns: list[tuple[object, ...]] = list(
        TurnText.objects.order_by("id").values_list("id", "text")
    )
    return events, turns


def test_reindex_rebuilds_the_same_rows(archive: Archive) -> None:
    before = _snapshot()
    TurnText.objects.all().delete()
    EventText.objects.all().delete()
    assert keys("meeting") == []
    out = StringIO()
    call_command("reindex", stdout=out)
    assert "indexed 5 events" in out.getvalue()  # the visible ones: 101-104 and 108
    assert _snapshot() == before
    assert keys("meeting") == ["101"]
    assert sorted(keys('speaker:"Vladimir Putin" energy')) == ["101#1", "102#1"]


def test_reindex_of_some_events(archive: Archive) -> None:
    EventText.objects.filter(event__number=103).delete()
    TurnText.objects.filter(block__event__number=103).delete()
    call_command("reindex", "103", stdout=StringIO())
    assert keys("science") == ["103"]
    assert keys("speaker:putin growth") == ["103#1"]


def test_reindex_leaves_hidden_events_out(archive: Archive) -> None:
    call_command("reindex", stdout=StringIO())
    numbers = set(EventText.objects.values_list("event__number", flat=True))
    assert numbers == {101, 102, 103, 104, 108}  # 107: scheduled, not yet published
    assert keys("zembla") == []


@sqlite_only
def test_fts_index_matches_its_rows_after_changes(archive: Archive) -> None:
    from dataclasses import replace

    from pressroom.events.store import load_number, save

    save(replace(load_number(101), title="Another title"))
    event = Event.objects.get(number=102)
    event.status = Status.WITHDRAWN
    event.save()
    Event.objects.get(number=103).delete()
    call_command("reindex", "104", stdout=StringIO())
    assert_fts_matches_rows()
