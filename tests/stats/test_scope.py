"""Whole-archive counts take one of two paths: both give the same figures, without hidden events."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pressroom.events.models import Event, Status
from pressroom.events.store import Store
from pressroom.stats.queries import archive as figures
from pressroom.stats.queries import scope
from pressroom.stats.table import Table
from tests.stats.archive import LINDQVIST, PUBLISHED, RUIZ, event, turn

pytestmark = pytest.mark.django_db

ARCHIVE_FIGURES = (
    figures.transcripts,
    figures.top_topics,
    figures.top_places,
    figures.top_persons,
    figures.places,
)


def computed(path_subtracts: bool, monkeypatch: pytest.MonkeyPatch) -> list[Table]:
    monkeypatch.setattr(scope, "mostly_visible", lambda language: path_subtracts)
    return [figure.uncached("en") for figure in ARCHIVE_FIGURES]  # type: ignore[attr-defined]


def words(table: Table) -> object:
    return {measure: value for measure, value in table.rows}["words"]


def test_subtracting_the_other_events_equals_counting_the_visible_ones(
    archive: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert computed(True, monkeypatch) == computed(False, monkeypatch)


def test_most_events_visible_in_english_but_not_in_russian(archive: dict[str, int]) -> None:
    assert scope.mostly_visible.uncached("en") is True  # type: ignore[attr-defined]
    assert scope.mostly_visible.uncached("ru") is False  # type: ignore[attr-defined]


def test_an_archive_of_mostly_drafts_counts_visible_events_directly(db: None) -> None:
    store = Store()
    store.save(PUBLISHED[0], status=Status.PUBLISHED)
    for number in range(200, 203):
        store.save(event(number, dt.date(2019, 1, 1), (RUIZ,)), status=Status.DRAFT)
    assert scope.mostly_visible.uncached("en") is False  # type: ignore[attr-defined]
    persons = {row[1] for row in figures.top_persons("en").rows}
    assert "Carlos Ruiz" not in persons


@pytest.mark.parametrize("path_subtracts", [True, False])
def test_a_scheduled_event_without_a_time_never_counts(
    path_subtracts: bool, archive: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    undated = event(108, dt.date(2020, 1, 1), (LINDQVIST, RUIZ), (turn(RUIZ, "Carlos Ruiz", 50),))
    Store().save(undated, status=Status.SCHEDULED)
    Event.objects.filter(number=108).update(publish_at=None)
    text = repr(computed(path_subtracts, monkeypatch))
    assert "Carlos Ruiz" not in text
    assert words(computed(path_subtracts, monkeypatch)[0]) == 27


@pytest.mark.parametrize("path_subtracts", [True, False])
def test_russian_versions_count_only_in_russian(
    path_subtracts: bool, archive: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    russian = dataclasses.replace(
        event(101, dt.date(2019, 3, 10), (RUIZ,), (turn(RUIZ, "Карлос Руис", 40),)),
        language="ru",
    )
    Store().save(russian, status=Status.PUBLISHED)
    english = computed(path_subtracts, monkeypatch)
    assert words(english[0]) == 27
    assert "Carlos Ruiz" not in repr(english)
    monkeypatch.setattr(scope, "mostly_visible", lambda language: path_subtracts)
    assert words(figures.transcripts.uncached("ru")) == 40  # type: ignore[attr-defined]
