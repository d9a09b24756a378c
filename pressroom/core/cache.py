"""Keys for the caches declared in ``settings.CACHES``, and results cached per data version.

A key is a name and a hash of plain values (strings, numbers, None, and lists, tuples
and dicts of them): short, without spaces, and the same in every process, so it
works on any backend (memcached refuses keys over 250 characters or with spaces)
and a shared cache is shared. Anything else is refused rather than keyed by its
``repr``, which may differ between processes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from django.core.cache import caches

#: Rendered public pages (``website/cache.py``).
PAGES = "pages"
#: Figures counted from the archive: statistics, catalog counts, the sections in use.
STATS = "stats"

P = ParamSpec("P")
R = TypeVar("R")


def cache_key(name: str, *parts: object) -> str:
    """``name`` and a hash of ``parts``, plain values."""
    text = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return f"{name}:{hashlib.blake2b(text.encode(), digest_size=16).hexdigest()}"


def cached(
    alias: str, name: str, version: Callable[[], str]
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Cache a function's results in ``caches[alias]`` per ``version()`` and arguments.

    An entry of an older version is never read again; it expires with the cache's
    ``TIMEOUT``. The function itself stays at hand as ``.uncached``.
    """

    def decorate(compute: Callable[P, R]) -> Callable[P, R]:
        @wraps(compute)
        def result(*args: P.args, **kwargs: P.kwargs) -> R:
            cache = caches[alias]
            key = cache_key(name, version(), args, kwargs)
            found = cache.get(key)
            if found is None:
                found = compute(*args, **kwargs)
                cache.set(key, found)
            return found

        result.uncached = compute  # type: ignore[attr-defined]
        return result

    return decorate
