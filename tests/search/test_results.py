"""Golden results of each syntax form on the small fixed archive."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from pressroom.search import search
from tests.search.conftest import Archive
from tests.search.helpers import keys

pytestmark = pytest.mark.django_db

GOLDEN = [
    # Words: every one must match, in any form (stemming), any case.
    ("meeting", ["101"]),
    ("MEETINGS productive", ["101"]),
    ("cooperation", ["101", "102"]),
    ("energy cooperation", ["101", "102"]),
    # A phrase keeps word order: only 101 says "energy cooperation".
    ('"energy cooperation"', ["101"]),
    ('"cooperation energy"', []),
    # Exclusion, alternatives, prefixes.
    ("cooperation -oil", ["101"]),
    ("-gas kind:events lang:en", ["103"]),
    ("science OR telephone", ["102", "103"]),
    ("econom*", ["103"]),
    # Russian stems, ё = е.
    ("встреча", ["104/ru"]),
    ("елка", ["104/ru"]),
    ("энергетика", ["104/ru"]),
    # Words in tags are found too.
    ("kazakhstan", ["102", "101"]),
    # Reader text that looks like engine syntax is only words: "near energy" is a phrase.
    ("NEAR(energy cooperation)", []),
    ("energy) (cooperation", ["101", "102"]),
]


@pytest.mark.parametrize(("query", "expected"), [g for g in GOLDEN if g[1] is not None])
def test_each_form_finds_its_events(archive: Archive, query: str, expected: list[str]) -> None:
    assert sorted(keys(query)) == sorted(expected)


def test_title_weighs_more_than_body(archive: Archive) -> None:
    # "meeting" is in 101's title; "meetings" only in 101's body would rank lower.
    assert keys("government")[0] == "101"


def test_date_order_is_newest_first(archive: Archive) -> None:
    assert keys("cooperation", order="date") == ["101", "102"]
    assert keys("kind:events lang:en", order="date") == ["103", "108", "101", "102"]


def test_speaker_turns(archive: Archive) -> None:
    assert sorted(keys('speaker:"Vladimir Putin" energy')) == ["101#1", "102#1"]


def test_speaker_by_any_name(archive: Archive) -> None:
    expected = sorted(keys('speaker:"Vladimir Putin"'))
    assert len(expected) == 4
    for name in ("Putin Vladimir", "vladimir putin", "putin", "PUTIN"):
        assert sorted(keys(f'speaker:"{name}"')) == expected


def test_turns_of_the_russian_label_belong_to_the_person(archive: Archive) -> None:
    assert keys("speaker:putin встреча") == ["104/ru#0"]


def test_who_says_it_most_groups_turns_by_speaker(archive: Archive) -> None:
    results = search("energy OR gas", order="speaker")
    assert [(g.speaker.name, g.speaker.count) for g in results.groups] == [
        ("Vladimir Putin", 2),
        ("Anna Lindqvist", 2),
        ("Ivan Petrov", 1),
    ]
    assert results.total == 3
    assert {h.speaker for g in results.groups for h in g.hits} == {
        "Anna Lindqvist",
        "Ivan Petrov",
        "Vladimir Putin",
    }


def test_paging(archive: Archive) -> None:
    first = search("kind:events", page=1, page_size=2, order="date")
    second = search("kind:events", page=2, page_size=2, order="date")
    assert first.total == second.total == 5
    assert first.pages == 3 and first.has_next and not first.has_previous
    assert not {h.number for h in first.hits} & {h.number for h in second.hits}


def test_snippets_mark_matches_and_escape_the_rest(archive: Archive) -> None:
    hit = search("speaker:petrov energy").hits[0]
    assert hit.snippet == "<mark>Energy</mark> prices matter &lt;a lot&gt; &amp; more."


def test_title_is_highlighted(archive: Archive) -> None:
    assert search("telephone").hits[0].title_html.startswith("<mark>Telephone</mark>")


def test_a_filter_naming_nobody_says_so(archive: Archive) -> None:
    results = search("speaker:nobody")
    assert results.total == 0 and results.notices == ('No speaker is known as "nobody".',)


def test_bad_syntax_is_an_error_not_an_exception(archive: Archive) -> None:
    results = search('"unclosed')
    assert results.error and results.total == 0


def test_an_unknown_order_is_an_error(archive: Archive) -> None:
    assert search("gas", order="random").error


def test_results_serialise_to_json(archive: Archive) -> None:
    data = search("energy").to_dict()
    # 108 has the topic Energy: tags are searched too.
    assert data["total"] == 3 and data["hits"][0]["date"]
    assert data["facets"]["years"]


@pytest.mark.parametrize("order", ["relevance", "speaker"])
def test_results_as_json_hold_every_field_as_plain_values(archive: Archive, order: str) -> None:
    results = search("energy cooperation kind:turns", order=order)
    expected = asdict(results)
    expected["pages"] = results.pages
    for hit in (*expected["hits"], *(h for g in expected["groups"] for h in g["hits"])):
        hit["date"] = hit["date"].isoformat() if hit["date"] else None
    data = results.to_dict()
    assert data["hits"] or data["groups"]
    assert json.loads(json.dumps(data)) == json.loads(json.dumps(expected))
