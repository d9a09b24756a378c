"""Cache keys are short hashes of plain values; results are cached per version."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import warnings

import pytest
from django.core.cache import caches
from django.core.cache.backends.base import CacheKeyWarning, memcache_key_warnings

from pressroom.core.cache import STATS, cache_key, cached


def test_a_key_is_short_and_valid_on_memcached() -> None:
    key = cache_key("person.topics", "2024-1-2-3", ("a long value " * 100, 12), {"limit": 5})
    assert len(key) < 100
    assert list(memcache_key_warnings(caches[STATS].make_key(key))) == []


def test_a_key_is_the_same_in_another_process() -> None:
    parts = ("en", None, {"b": 2, "a": 1}, ("x", 1.5))
    code = f"from pressroom.core.cache import cache_key; print(cache_key('figure', *{parts!r}))"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert other.stdout.strip() == cache_key("figure", *parts)


def test_different_values_give_different_keys() -> None:
    assert cache_key("figure", "en", 1) != cache_key("figure", "en", 2)
    assert cache_key("figure", "en") != cache_key("other", "en")
    assert cache_key("figure", 1) != cache_key("figure", "1")


def test_values_without_a_stable_form_are_refused() -> None:
    with pytest.raises(TypeError):
        cache_key("figure", dt.date(2024, 1, 1))


def test_results_are_cached_per_version() -> None:
    calls: list[int] = []
    version = ["1"]

    @cached(STATS, "test-square", lambda: version[0])
    def square(n: int) -> int:
        calls.append(n)
        return n * n

    caches[STATS].clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        assert [square(3), square(3), square(4)] == [9, 9, 16]
    assert calls == [3, 4]
    version[0] = "2"
    assert square(3) == 9
    assert calls == [3, 4, 3]
    assert square.uncached(3) == 9  # type: ignore[attr-defined]
    caches[STATS].clear()
