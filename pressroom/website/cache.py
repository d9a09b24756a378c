"""Rendered pages kept in each process's memory, keyed by the archive's data version.

A page depends on more than its own event (neighbours, translations, "See also"
targets, navigation), so the key holds the archive's data version, which any
save, deletion or scheduled event falling due changes (other processes see the
change within a second). Entries also expire after ``PRESSROOM_PAGE_CACHE_SECONDS``
(0 turns the cache off). At most 1,000 pages a process, the least recently used dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers

from pressroom.stats.version import data_version
from pressroom.website.display import display_mode
from pressroom.website.queries import language

_pages = LocMemCache("pressroom-website-pages", {"OPTIONS": {"MAX_ENTRIES": 1000}})


def cached_page(
    request: HttpRequest, render: Callable[[], HttpResponse], *extra: str
) -> HttpResponse:
    """The page ``render`` makes for this path, language, display mode (and ``extra``)."""
    seconds = getattr(settings, "PAGE_CACHE_SECONDS", 60)
    if not seconds:
        return render()
    key = "|".join((language(), request.path, display_mode(request), data_version()))
    found = _pages.get(key)
    if found is not None:
        content, content_type = found
        response = HttpResponse(content, content_type=content_type)
        patch_vary_headers(response, ("Cookie",))
        return response
    response = render()
    if response.status_code == 200 and not response.streaming:
        _pages.set(key, (response.content, response["Content-Type"]), seconds)
    return response


def forget_pages() -> None:
    _pages.clear()
