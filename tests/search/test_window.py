"""Large results: ranking and facets over the newest matches, totals counted up to a cap."""

from __future__ import annotations

import pytest
from django.test import Client

from pressroom.search import engine, search
from tests.search.conftest import Archive
from tests.search.helpers import found

pytestmark = pytest.mark.django_db


@pytest.fixture
def window_of(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def set_window(size: int, cap: int = engine.COUNT_CAP) -> None:
        monkeypatch.setattr(engine, "WINDOW", size)
        monkeypatch.setattr(engine, "COUNT_CAP", cap)

    return set_window


def test_a_result_within_the_window_is_complete(archive: Archive) -> None:
    results = search("cooperation")
    assert results.sample == 0 and results.total_exact and results.total == 2


def test_relevance_ranks_only_the_newest_matches_beyond_the_window(
    archive: Archive, window_of
) -> None:  # type: ignore[no-untyped-def]
    window_of(1)
    results = search("cooperation", page_size=100)
    assert found(results) == ["102"]
    assert results.sample == 1 and results.total == 2 and results.total_exact


def test_facets_count_only_the_window(archive: Archive, window_of) -> None:  # type: ignore[no-untyped-def]
    window_of(1)
    results = search("cooperation")
    assert [(v.name, v.count) for v in results.facets.years] == [("2018", 1)]
    assert {(v.name, v.count) for v in results.facets.topics} == {("Foreign policy", 1)}


def test_date_order_still_lists_every_match(archive: Archive, window_of) -> None:  # type: ignore[no-untyped-def]
    every = found(search("kind:events", page_size=100))
    window_of(2)
    results = search("kind:events", page_size=100)
    assert results.order == "date" and results.sample == 2
    assert found(results) == every and len(every) > 2
    assert sum(v.count for v in results.facets.years) == 2


def test_a_total_beyond_the_cap_is_a_lower_bound(archive: Archive, window_of) -> None:  # type: ignore[no-untyped-def]
    window_of(1, cap=3)
    results = search("kind:events")
    assert results.total == 3 and not results.total_exact
    assert results.to_dict()["total_exact"] is False


def test_the_window_holds_only_visible_events(archive: Archive, window_of) -> None:  # type: ignore[no-untyped-def]
    # The hidden events are newer than most published ones: a window of the newest
    # rows that forgot visibility would pick them.
    for size in (1, 2, 3):
        window_of(size)
        for order in ("relevance", "speaker", "date"):
            results = search("kind:turns", page_size=100, order=order)
            numbers = {h.number for h in results.hits}
            numbers |= {h.number for g in results.groups for h in g.hits}
            assert not numbers & set(archive.hidden)
        events = search("kind:events")
        assert not {v.name for v in events.facets.years} & {"2031"}


def test_speaker_order_groups_the_window(archive: Archive, window_of) -> None:  # type: ignore[no-untyped-def]
    everyone = search("kind:turns", order="speaker")
    window_of(1)
    newest = search("kind:turns", order="speaker")
    assert newest.total == 1 < everyone.total
    assert [len(g.hits) for g in newest.groups] == [1]


def test_the_page_says_when_results_are_a_sample(
    client: Client, archive: Archive, window_of
) -> None:  # type: ignore[no-untyped-def]
    window_of(1, cap=3)
    page = client.get("/search", {"query": "kind:events"}).content.decode()
    assert "3+ events" in page
    assert "the 1 newest matches only" in page


def test_the_api_tells_totals_and_samples(client: Client, archive: Archive, window_of) -> None:  # type: ignore[no-untyped-def]
    window_of(1, cap=3)
    data = client.get("/api/v1/search", {"q": "kind:events"}).json()
    assert (data["total"], data["total_exact"], data["sample"]) == (3, False, 1)


@pytest.mark.parametrize("query", ["energy cooperation", "cooperation kind:turns", "gas"])
def test_a_total_beyond_the_window_leaves_out_events_not_yet_due(
    archive: Archive, window_of, query: str
) -> None:  # type: ignore[no-untyped-def]
    every = search(query, page_size=100)
    assert every.sample == 0
    window_of(1)
    counted = search(query, page_size=100)
    assert counted.total == every.total and counted.total_exact
