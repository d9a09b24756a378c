"""Topic and place figures: events over time, persons present, places for the map."""

from __future__ import annotations

import pytest

from pressroom.stats.queries import tags
from pressroom.taxonomy.models import Place, Topic

pytestmark = pytest.mark.django_db


def topic(name: str) -> int:
    return Topic.objects.get(name=name).pk


def place(name: str) -> int:
    return Place.objects.get(name=name).pk


def test_topic_events_per_month_skip_hidden_events(archive: dict[str, int]) -> None:
    rows = dict(tags.events_per_month("topic", topic("Economy")).rows)
    assert rows["2019-03"] == 2
    assert rows["2020-07"] == 1
    assert "2020-08" not in rows  # the hidden events' month


def test_persons_most_present_include_speakers(archive: dict[str, int]) -> None:
    rows = tags.persons("topic", topic("Economy")).rows
    assert [(name, n) for _, name, n in rows] == [
        ("Anna Lindqvist", 3),
        ("Oskar Berg", 3),
        ("Petra Novak", 1),
    ]


def test_topics_filed_alongside_leave_out_the_topic_itself(archive: dict[str, int]) -> None:
    rows = tags.topics("topic", topic("Economy")).rows
    assert [row[1:] for row in rows] == [("Energy", 1)]


def test_place_figures(archive: dict[str, int]) -> None:
    pk = place("Kazakhstan")
    assert sum(n for _, n in tags.events_per_month("place", pk).rows) == 3
    assert [row[1:] for row in tags.places("place", pk).rows] == [
        ("Kazakhstan", "country", "KZ", 3)
    ]


def test_an_unknown_kind_is_refused(archive: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="kind"):
        tags.events_per_month("section", 1)
