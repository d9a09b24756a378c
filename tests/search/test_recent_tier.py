"""SQLite's recent tiers: a second FTS5 table over the newest index rows. It always holds
exactly the rows from its start, and a search served from it finds what the whole
index finds."""

from __future__ import annotations

import dataclasses

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pressroom.events.models import Event, Status
from pressroom.events.store import load_number, save
from pressroom.search import engine, indexer, schema, search
from pressroom.search.models import EventText, TurnText
from tests.search.conftest import Archive

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="FTS5 tables on SQLite only"),
]


def _execute(*statements: str) -> list[tuple[object, ...]]:
    found: list[tuple[object, ...]] = []
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)
            found = cursor.fetchall()
    return found


def boundary(index: schema.Index) -> int:
    (value,) = _execute(f"SELECT boundary FROM {schema.TIERS_TABLE} WHERE fts = '{index.recent}'")
    return int(value[0])  # type: ignore[call-overload]


def tier_ids(index: schema.Index) -> set[int]:
    return {int(pk) for (pk,) in _execute(f"SELECT rowid FROM {index.recent}_docsize")}  # type: ignore[call-overload]


def vocabulary(fts: str) -> list[tuple[object, ...]]:
    """Every token of an FTS5 table with the row, column and offset it is at."""
    return _execute(
        f"CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, {fts}, instance)",
        "SELECT term, doc, col, offset FROM temp.v ORDER BY 1, 2, 3, 4",
    ) + _execute("DROP TABLE temp.v")


def assert_tiers_hold_their_rows() -> None:
    """Each tier holds what indexing its rows afresh from its start gives, no more."""
    for index in schema.indexes():
        start = boundary(index)
        kept = vocabulary(index.recent)
        _execute(*index.start_tier(str(start)))
        assert kept == vocabulary(index.recent), index.recent
        rows = {pk for (pk,) in _execute(f"SELECT id FROM {index.content} WHERE id >= {start}")}
        assert tier_ids(index) == rows  # type: ignore[comparison-overlap]


def start_tiers_at(events: int, turns: int) -> None:
    for index, start in zip(schema.indexes(), (events, turns), strict=True):
        _execute(*index.start_tier(str(start)))


def test_a_small_archive_has_empty_tiers(archive: Archive) -> None:
    # Its rows span less than twice a tier: the whole index is cheap enough.
    for index in schema.indexes():
        assert boundary(index) == schema.NO_TIER and tier_ids(index) == set()
    assert search("energy").total == 3


def test_a_tier_starts_once_the_rows_span_twice_its_span(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    newest = max(EventText.objects.values_list("id", flat=True))
    for span in (newest, newest // 2):
        small = dataclasses.replace(schema.EVENT_INDEX, span=span)
        monkeypatch.setattr(schema, "EVENT_INDEX", small)
        indexer.advance_tiers()
    start = newest - newest // 2
    assert boundary(schema.EVENT_INDEX) == start
    started = {pk for pk in EventText.objects.values_list("id", flat=True) if pk >= start}
    assert tier_ids(schema.EVENT_INDEX) == started
    assert_tiers_hold_their_rows()


def test_a_tier_spanning_less_than_twice_its_span_is_not_started(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    newest = max(EventText.objects.values_list("id", flat=True))
    monkeypatch.setattr(schema, "EVENT_INDEX", dataclasses.replace(schema.EVENT_INDEX, span=newest))
    indexer.advance_tiers()
    assert boundary(schema.EVENT_INDEX) == schema.NO_TIER and tier_ids(schema.EVENT_INDEX) == set()


def test_tiers_follow_every_write_from_their_start(archive: Archive) -> None:
    middle = sorted(EventText.objects.values_list("id", flat=True))[3]
    turn_middle = sorted(TurnText.objects.values_list("id", flat=True))[4]
    start_tiers_at(middle, turn_middle)
    save(dataclasses.replace(load_number(101), title="Another energy title"))
    newest = max(EventText.objects.values_list("id", flat=True))
    save(dataclasses.replace(load_number(Event.objects.get(pk=newest).number), lead="Railways."))
    withdrawn = Event.objects.get(pk=newest)
    withdrawn.status = Status.WITHDRAWN
    withdrawn.save()
    assert newest not in tier_ids(schema.EVENT_INDEX)
    assert_tiers_hold_their_rows()


def test_a_tier_twice_its_span_moves_its_start_up(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    newest = max(EventText.objects.values_list("id", flat=True))
    small = dataclasses.replace(schema.EVENT_INDEX, span=2)
    monkeypatch.setattr(schema, "EVENT_INDEX", small)
    start_tiers_at(newest - 3, 0)
    indexer.advance_tiers()
    assert boundary(small) == newest - 3  # three ids: not yet twice the span
    start_tiers_at(newest - 4, 0)
    indexer.advance_tiers()
    assert boundary(small) == newest - 2
    assert_tiers_hold_their_rows()


def _results(query: str) -> tuple[object, ...]:
    results = search(query, page_size=100)
    assert not results.error
    hits = [(h.number, h.language, h.position) for h in results.hits]
    return results.total, results.sample, sorted(hits), results.facets


def _windows(query: str) -> tuple[tuple[object, ...], list[str]]:
    """A search's results, and the statements that read its window."""
    with CaptureQueriesContext(connection) as queries:
        results = _results(query)
    return results, [q["sql"] for q in queries if "CROSS JOIN search_" in q["sql"]]


QUERIES = [
    "energy",
    "the",
    "energy kind:turns",
    "the kind:turns",
    '"energy cooperation"',
    "lang:en the",
]


@pytest.mark.parametrize("query", QUERIES)
def test_a_search_served_by_the_tier_finds_what_the_whole_index_finds(
    archive: Archive, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    monkeypatch.setattr(engine, "WINDOW", 1)
    whole = _results(query)
    events = sorted(EventText.objects.values_list("id", flat=True))
    turns = sorted(TurnText.objects.values_list("id", flat=True))
    # Every row in the tiers: with more matches than the window, the tier gives the
    # window and the whole index is not asked for one.
    start_tiers_at(events[0], turns[0])
    results, windows = _windows(query)
    served = whole[0] > 1  # type: ignore[operator]
    assert results == whole and [("_recent f" in sql) for sql in windows] == [served]
    # All but the oldest rows, and none: whichever answers, the results are the same.
    start_tiers_at(events[1], turns[1])
    assert _results(query) == whole
    start_tiers_at(events[-1] + 1, turns[-1] + 1)
    results, windows = _windows(query)
    assert results == whole and [("_recent f" in sql) for sql in windows] == [False]


def test_writes_while_tiers_are_paused_reach_them_once_after(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema, "EVENT_INDEX", dataclasses.replace(schema.EVENT_INDEX, span=2))
    with indexer.tiers_paused():
        save(dataclasses.replace(load_number(101), id=901, title="A later energy title"))
        assert tier_ids(schema.EVENT_INDEX) == set()
    newest = max(EventText.objects.values_list("id", flat=True))
    assert boundary(schema.EVENT_INDEX) == newest - 2
    assert newest in tier_ids(schema.EVENT_INDEX)
    assert_tiers_hold_their_rows()


def test_a_failure_while_paused_still_starts_the_tiers_again(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema, "EVENT_INDEX", dataclasses.replace(schema.EVENT_INDEX, span=2))
    with pytest.raises(RuntimeError), indexer.tiers_paused():
        assert boundary(schema.EVENT_INDEX) == schema.PAUSED_TIER
        raise RuntimeError("an import stopped halfway")
    newest = max(EventText.objects.values_list("id", flat=True))
    assert boundary(schema.EVENT_INDEX) == newest - 2
    assert_tiers_hold_their_rows()


def test_a_long_import_pauses_the_tiers_after_its_first_documents(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pressroom.ingest import runner
    from pressroom.ingest.base import Item

    monkeypatch.setattr(schema, "EVENT_INDEX", dataclasses.replace(schema.EVENT_INDEX, span=2))
    monkeypatch.setattr(runner, "BATCH_SIZE", 2)
    monkeypatch.setattr(runner, "PAUSE_TIERS_AFTER", 2)
    seen: list[int] = []
    base = load_number(101)
    items = [
        Item(source=f"doc-{n}", document=dataclasses.replace(base, id=n, title=f"Energy {n}"))
        for n in range(901, 907)
    ]
    for result in runner.import_items(items):
        assert result.status == "created"
        seen.append(boundary(schema.EVENT_INDEX))
    # The tier is paused from the second batch on, and started again at the end.
    assert schema.PAUSED_TIER not in seen[:2] and seen[2:] == [schema.PAUSED_TIER] * 4
    newest = max(EventText.objects.values_list("id", flat=True))
    assert boundary(schema.EVENT_INDEX) == newest - 2
    assert_tiers_hold_their_rows()
