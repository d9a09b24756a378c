"""Search over a few hundred real pages imported through pressroom's own readers."""

from __future__ import annotations

import datetime as dt
import io
import tarfile

import pytest
from django.db import connection

from pressroom.events.models import Block, Event
from pressroom.ingest.dispatch import read_stream
from pressroom.ingest.runner import import_items
from pressroom.search import search
from pressroom.search.text import index_text
from tests.conftest import CORPUS, needs_corpus

pytestmark = [needs_corpus, pytest.mark.corpus, pytest.mark.slow, pytest.mark.django_db]

PHRASE_PAGES, TOPIC_PAGES, OTHER_PAGES = 40, 120, 60


def _pages() -> list[tuple[str, bytes]]:
    """Every page that has the phrase, some with the topic, and some others."""
    chosen: list[tuple[str, bytes]] = []
    counts = {"phrase": 0, "topic": 0, "other": 0}
    limits = {"phrase": PHRASE_PAGES, "topic": TOPIC_PAGES, "other": OTHER_PAGES}
    with tarfile.open(CORPUS) as archive:
        for member in archive:
            if not (member.isfile() and member.name.endswith(".html")):
                continue
            data = archive.extractfile(member).read()  # type: ignore[union-attr]
            group = (
                "phrase"
                if b"energy cooperation" in data
                else "topic"
                if b"Foreign policy" in data
                else "other"
            )
            if counts[group] < limits[group]:
                counts[group] += 1
                chosen.append((member.name, data))
    return chosen


@pytest.fixture
def corpus_archive(db: None) -> int:
    if connection.vendor == "postgresql":
        # Persons keep the source site's ids, which the id sequence does not know
        # about; start it past them so persons without a catalog id cannot collide.
        with connection.cursor() as cursor:
            cursor.execute("SELECT setval(pg_get_serial_sequence('people_person', 'id'), 1000000)")
    imported = 0
    for name, data in _pages():
        for result in import_items(read_stream(io.BytesIO(data), name)):
            imported += result.status in ("created", "updated", "unchanged")
    return imported


def test_speaker_phrase_and_topic_since_2019(corpus_archive: int) -> None:
    # One test for both searches: importing the pages is what takes time.
    assert corpus_archive > 200
    _check_putin_on_energy_cooperation()
    _check_foreign_policy_since_2019()


def _check_putin_on_energy_cooperation() -> None:
    results = search('speaker:"Vladimir Putin" "energy cooperation"', page_size=100)
    assert not results.error and results.kind == "turns"
    assert results.total > 0
    blocks = Block.objects.filter(
        event__number__in=[h.number for h in results.hits],
        position__in=[h.position for h in results.hits],
    ).select_related("person", "event")
    by_key: dict[tuple[int, int | None], Block] = {(b.event.number, b.position): b for b in blocks}
    for hit in results.hits:
        block = by_key[(hit.number, hit.position)]
        assert block.person is not None and block.person.name == "Vladimir Putin"
        assert "energi cooper" in index_text(block.text)
        assert "<mark>" in hit.snippet


def _check_foreign_policy_since_2019() -> None:
    results = search('topic:"Foreign policy" from:2019-01-01', page_size=100)
    assert not results.error and results.kind == "events"
    expected = Event.objects.published().filter(
        topics__name="Foreign policy", date__gte=dt.date(2019, 1, 1)
    )
    assert results.total == expected.count() > 0
    for hit in results.hits:
        assert hit.date is not None and hit.date >= dt.date(2019, 1, 1)
        event = Event.objects.get(number=hit.number, language=hit.language)
        assert "Foreign policy" in {t.name for t in event.topics.all()}
    assert {v.name for v in results.facets.topics} >= {"Foreign policy"}
    assert all(int(v.name) >= 2019 for v in results.facets.years)
