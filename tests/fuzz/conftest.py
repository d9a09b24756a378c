"""Fuzzing profiles: a few fixed examples in the normal suite, many for ``make fuzz``.

``FUZZ_SECONDS=600`` (``make fuzz``) loads the ``fuzz`` profile and keeps each fuzz
test searching for its share of that time, with fresh random examples every round.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, settings

_SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
# The normal suite: small and derandomized, so it is quick and never flaky.
settings.register_profile(
    "default-fuzz", max_examples=20, deadline=None, derandomize=True, database=None,
    suppress_health_check=_SLOW_IS_FINE,
)  # fmt: skip
# make fuzz: many random examples per round; wall time is bounded per example instead.
settings.register_profile(
    "fuzz", max_examples=100, deadline=None, database=None, suppress_health_check=_SLOW_IS_FINE,
    print_blob=True,
)  # fmt: skip

FUZZ_SECONDS = float(os.environ.get("FUZZ_SECONDS") or 0)
PROFILE = settings.get_profile("fuzz" if FUZZ_SECONDS else "default-fuzz")
#: Huge inputs take a second each: short rounds keep a test within its share of time.
HUGE_PROFILE = settings(PROFILE, max_examples=10 if FUZZ_SECONDS else 5)
_collected: list[int] = [0]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fuzz_search: a fuzz test that shares FUZZ_SECONDS")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    _collected[0] = sum(1 for item in items if item.get_closest_marker("fuzz_search"))


def run_for_share(search: Callable[[], None]) -> int:
    """Run a hypothesis search once, or again and again for this test's share of
    ``FUZZ_SECONDS``; the number of rounds run."""
    if not FUZZ_SECONDS:
        search()
        return 1
    share = FUZZ_SECONDS / max(_collected[0], 1)
    end = time.monotonic() + share
    rounds = 0
    while time.monotonic() < end:
        search()
        rounds += 1
    name = getattr(search, "__name__", "search").strip("_")
    used = getattr(search, "_hypothesis_internal_use_settings", PROFILE)
    print(f"\nfuzz {name}: {rounds} rounds of up to {used.max_examples} examples")
    return rounds
