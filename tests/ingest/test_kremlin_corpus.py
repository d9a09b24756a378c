"""The page reader on the real archive (../shared/corpus): runs wherever it is present."""

from __future__ import annotations

import pytest

from bench.corpus_measure import Figures, measure
from tests.ingest.kremlin_fixtures import CORPUS

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.slow,
    # One worker reads the corpus once for the module's tests.
    pytest.mark.xdist_group("kremlin-corpus"),
    pytest.mark.skipif(not CORPUS.exists(), reason="the real corpus (../shared/corpus) is absent"),
]


@pytest.fixture(scope="module")
def figures() -> Figures:
    return measure(CORPUS)


def test_every_page_is_read(figures: Figures) -> None:
    assert figures.pages == 6553
    assert sum(figures.rejected.values()) == 0, figures.rejected.most_common(5)


def test_bold_speaker_labels_become_turns(figures: Figures) -> None:
    assert figures.labels > 10_000
    assert figures.labels_as_turns / figures.labels >= 0.99


def test_turns_by_known_people_are_linked_to_them(figures: Figures) -> None:
    assert figures.person_turns > 5_000
    assert figures.person_turns_linked / figures.person_turns >= 0.95


def test_pages_round_trip_through_the_text_version(figures: Figures) -> None:
    # Comparing what the text version carries; the cases that differ are listed by
    # bench/corpus_measure.py and explained in docs/import.md.
    assert figures.round_trips / figures.pages >= 0.95, figures.round_trip_failures.most_common(5)
