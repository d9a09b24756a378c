"""Every filter alone and combined with every other, against a plain-Python oracle."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from pressroom.events.models import Block, Event
from pressroom.search import engine, search
from pressroom.search.results import FACETS
from tests.search.conftest import Archive
from tests.search.helpers import found

pytestmark = pytest.mark.django_db

FILTERS = [
    'speaker:"Vladimir Putin"',
    'person:"Putin Vladimir"',
    'topic:"Foreign policy"',
    "place:Kazakhstan",
    "section:News",
    "kind:turns",
    "kind:events",
    "lang:en",
    "from:2019-01-01",
    "to:2019-12-31",
]


def _oracle(query: str) -> list[str]:
    """The same filters, applied by reading every visible event in Python."""
    given = [f for f in FILTERS if f in query]
    kind = "turns" if "kind:turns" in given else "events"
    if "speaker:" in query and "kind:events" not in given:
        kind = "turns"
    keys = []
    for event in Event.objects.published():
        key = str(event.number) + ("" if event.language == "en" else f"/{event.language}")
        turns = [b for b in event.blocks.all() if b.kind == Block.Kind.TURN]
        speakers = {b.person.name for b in turns if b.person}
        checks = {
            'person:"Putin Vladimir"': "Putin Vladimir"
            in {p.tag_name for p in event.persons.all()},
            'topic:"Foreign policy"': "Foreign policy" in {t.name for t in event.topics.all()},
            "place:Kazakhstan": "Kazakhstan" in {p.name for p in event.places.all()},
            "section:News": "News" in {s.name for s in event.sections.all()},
            "lang:en": event.language == "en",
            "from:2019-01-01": event.date is not None and event.date >= dt.date(2019, 1, 1),
            "to:2019-12-31": event.date is not None and event.date <= dt.date(2019, 12, 31),
            'speaker:"Vladimir Putin"': "Vladimir Putin" in speakers,
        }
        if not all(checks.get(f, True) for f in given):
            continue
        if kind == "events":
            keys.append(key)
            continue
        for block in turns:
            by_putin = block.person is not None and block.person.name == "Vladimir Putin"
            if 'speaker:"Vladimir Putin"' in given and not by_putin:
                continue
            keys.append(f"{key}#{block.position}")
    return sorted(keys)


COMBINATIONS = [
    " ".join(pair)
    for pair in itertools.combinations(FILTERS, 2)
    if not {"kind:turns", "kind:events"} <= set(pair)
]


@pytest.mark.parametrize("query", FILTERS)
def test_each_filter_alone(archive: Archive, query: str) -> None:
    results = search(query, page_size=100)
    assert not results.error
    assert sorted(found(results)) == _oracle(query)
    assert results.total == len(_oracle(query))


def test_every_filter_with_every_other(archive: Archive) -> None:
    for query in COMBINATIONS:
        results = search(query, page_size=100)
        assert not results.error, query
        assert sorted(found(results)) == _oracle(query), query
        assert results.total == len(results.hits), query


def test_kind_given_twice_is_an_error(archive: Archive) -> None:
    assert "given twice" in search("kind:turns kind:events").error


def test_same_tag_filter_twice_means_both(archive: Archive) -> None:
    assert sorted(found(search('topic:"Foreign policy" topic:Energy'))) == ["101"]


def test_place_by_code(archive: Archive) -> None:
    assert sorted(found(search("place:kz"))) == ["101", "102"]


def test_place_region(archive: Archive) -> None:
    assert found(search('place:"Tver Region"')) == ["103"]


def test_facets_count_what_is_found(archive: Archive) -> None:
    results = search("cooperation")
    assert {(v.name, v.count) for v in results.facets.topics} == {
        ("Foreign policy", 2),
        ("Energy", 1),
    }
    assert {(v.name, v.count) for v in results.facets.places} == {("Kazakhstan", 2)}
    assert {(v.name, v.count) for v in results.facets.years} == {("2019", 1), ("2018", 1)}
    assert {(v.name, v.count) for v in results.facets.sections} == {
        ("News", 2),
        ("Transcripts", 1),
    }
    assert {(v.name, v.count) for v in results.facets.speakers} == {
        ("Vladimir Putin", 2),
        ("Anna Lindqvist", 1),
        ("Ivan Petrov", 1),
    }


def test_facets_are_the_same_when_the_key_cache_fills(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    def counted() -> dict[str, set[tuple[str, int]]]:
        facets = search("cooperation").facets
        return {f: {(v.name, v.count) for v in getattr(facets, f)} for f in FACETS}

    expected = counted()
    engine._FACET_KEYS.clear()
    # Room for one row's keys: the cache is emptied again and again within one search.
    monkeypatch.setattr(engine, "FACET_KEYS_CACHED", 1)
    assert counted() == expected
    assert len(engine._FACET_KEYS) == 1


def test_facet_filters_narrow_to_their_count(archive: Archive) -> None:
    results = search("cooperation")
    for facet in ("topics", "places", "sections", "years", "speakers"):
        for value in getattr(results.facets, facet):
            narrowed = search(f"cooperation {value.filter} kind:events")
            assert narrowed.total == value.count, (facet, value)
