"""Whole-archive counts take only the events readers may see, in their language."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pressroom.events.models import Event, Status
from pressroom.events.store import Store
from pressroom.stats.queries import archive as figures
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


def computed() -> list[Table]:
    return [figure.uncached("en") for figure in ARCHIVE_FIGURES]  # type: ignore[attr-defined]


def words(table: Table) -> object:
    return {measure: value for measure, value in table.rows}["words"]


def test_an_archive_of_mostly_drafts_counts_only_visible_events(db: None) -> None:
    store = Store()
    store.save(PUBLISHED[0], status=Status.PUBLISHED)
    for number in range(200, 203):
        store.save(event(number, dt.date(2019, 1, 1), (RUIZ,)), status=Status.DRAFT)
    persons = {row[1] for row in figures.top_persons("en").rows}
    assert "Carlos Ruiz" not in persons


def test_a_scheduled_event_without_a_time_never_counts(archive: dict[str, int]) -> None:
    undated = event(108, dt.date(2020, 1, 1), (LINDQVIST, RUIZ), (turn(RUIZ, "Carlos Ruiz", 50),))
    Store().save(undated, status=Status.SCHEDULED)
    Event.objects.filter(number=108).update(publish_at=None)
    text = repr(computed())
    assert "Carlos Ruiz" not in text
    assert words(computed()[0]) == 27


def test_russian_versions_count_only_in_russian(archive: dict[str, int]) -> None:
    russian = dataclasses.replace(
        event(101, dt.date(2019, 3, 10), (RUIZ,), (turn(RUIZ, "Карлос Руис", 40),)),
        language="ru",
    )
    Store().save(russian, status=Status.PUBLISHED)
    english = computed()
    assert words(english[0]) == 27
    assert "Carlos Ruiz" not in repr(english)
    assert words(figures.transcripts.uncached("ru")) == 40  # type: ignore[attr-defined]
