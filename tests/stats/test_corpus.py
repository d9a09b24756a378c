"""Figures on real pages imported with pressroom's own reader, against direct SQL."""

from __future__ import annotations

import tarfile
from collections import Counter
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import caches
from django.db import connection

from pressroom.core.cache import STATS
from pressroom.events.models import Event
from pressroom.ingest.runner import run_import
from pressroom.stats.queries import archive, person
from pressroom.stats.queries.network import NetworkFilter, network
from tests.conftest import CORPUS, kept_for_module, needs_corpus

pytestmark = [
    needs_corpus,
    pytest.mark.corpus,
    pytest.mark.slow,
    pytest.mark.django_db,
    # One worker imports the pages once for the module's tests.
    pytest.mark.xdist_group("stats-corpus"),
]

PAGES = 200
PUBLISHED_EN = "e.status = 'published' AND e.language = 'en'"


def _sample(folder: Path) -> Path:
    """The first pages of the corpus, written out as files to import."""
    written = 0
    with tarfile.open(CORPUS) as pages:
        for member in pages:
            if member.isfile() and member.name.endswith(".html") and written < PAGES:
                data = pages.extractfile(member).read()  # type: ignore[union-attr]
                (folder / Path(member.name).name).write_bytes(data)
                written += 1
            if written >= PAGES:
                break
    return folder


@pytest.fixture(scope="module")
def corpus_archive(
    django_db_setup: None, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[int]:
    """Imported once for the module, removed after."""
    with kept_for_module(django_db_blocker):
        run_import([str(_sample(tmp_path_factory.mktemp("corpus")))])
        caches[STATS].clear()
        yield Event.objects.count()


def sql(query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        return list(cursor.fetchall())


def test_events_per_year_match_sql(corpus_archive: int) -> None:
    assert corpus_archive > PAGES // 2
    dates = sql(f"SELECT e.date FROM events_event e WHERE {PUBLISHED_EN} AND e.date IS NOT NULL")
    expected = Counter(str(d)[:4] for (d,) in dates)
    assert {str(y): n for y, n in archive.events_per_year("en").rows} == dict(expected)


def test_transcript_words_match_sql(corpus_archive: int) -> None:
    ((words,),) = sql(
        "SELECT SUM(b.word_count) FROM events_block b JOIN events_event e ON e.id = b.event_id "
        f"WHERE b.kind = 'turn' AND {PUBLISHED_EN}"
    )
    assert words and dict(archive.transcripts("en").rows)["words"] == words


def participation() -> dict[int, set[int]]:
    rows = sql(
        "SELECT ep.event_id, ep.person_id FROM events_eventperson ep "
        f"JOIN events_event e ON e.id = ep.event_id WHERE {PUBLISHED_EN} "
        "UNION SELECT b.event_id, b.person_id FROM events_block b "
        f"JOIN events_event e ON e.id = b.event_id WHERE {PUBLISHED_EN} "
        "AND b.kind = 'turn' AND b.person_id IS NOT NULL"
    )
    people: dict[int, set[int]] = {}
    for event_id, person_id in rows:
        people.setdefault(event_id, set()).add(person_id)
    return people


def test_the_busiest_persons_events_per_year_match_sql(corpus_archive: int) -> None:
    counts = Counter(p for people in participation().values() for p in people)
    busiest, _ = counts.most_common(1)[0]
    years = sql(
        "SELECT e.date FROM events_event e WHERE "
        f"{PUBLISHED_EN} AND e.date IS NOT NULL AND (e.id IN "
        "(SELECT event_id FROM events_eventperson WHERE person_id = %s) OR e.id IN "
        "(SELECT event_id FROM events_block WHERE person_id = %s AND kind = 'turn'))",
        (busiest, busiest),
    )
    expected = Counter(int(str(d)[:4]) for (d,) in years)
    assert dict(person.events_per_year(busiest, "en").rows) == dict(expected)


def test_the_top_co_occurring_pair_matches_sql(corpus_archive: int) -> None:
    pairs: Counter[tuple[int, int]] = Counter()
    for people in participation().values():
        pairs.update(combinations(sorted(people), 2))
    top_count = pairs.most_common(1)[0][1]
    a, b, n = network(NetworkFilter(nodes=200)).edges.rows[0]
    assert n == top_count == pairs[(a, b)]
