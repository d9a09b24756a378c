"""Figures are cached under the archive's data version: stale entries are simply never read."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from django.conf import settings
from django.core.cache import cache

from pressroom.stats.version import data_version

P = ParamSpec("P")
R = TypeVar("R")

#: Entries of an old version are dead weight; let them expire within a day.
TIMEOUT = int(getattr(settings, "PRESSROOM_STATS_CACHE_SECONDS", 24 * 3600))


def cached_figure(name: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Cache a figure function's result per data version and arguments (plain values)."""

    def decorate(compute: Callable[P, R]) -> Callable[P, R]:
        @wraps(compute)
        def figure(*args: P.args, **kwargs: P.kwargs) -> R:
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
            key = f"pressroom-stats:{data_version()}:{name}:{':'.join(parts)}"
            found = cache.get(key)
            if found is None:
                found = compute(*args, **kwargs)
                cache.set(key, found, TIMEOUT)
            return found

        figure.uncached = compute  # type: ignore[attr-defined]
        return figure

    return decorate
