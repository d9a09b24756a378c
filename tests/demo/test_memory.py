"""Generation streams: memory stays flat however many events are made."""

from __future__ import annotations

import gc
import tracemalloc

import pytest

from pressroom.demo import generate_documents


def _peak_bytes(count: int) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        for _ in generate_documents(count, seed=1):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_twenty_thousand_events_need_only_a_few_megabytes() -> None:
    # Holding 20,000 documents would take well over 100 MB; streaming stays tiny.
    # (Python's own free lists for small tuples account for most of what remains.)
    assert _peak_bytes(20_000) < 4 * 1024 * 1024
