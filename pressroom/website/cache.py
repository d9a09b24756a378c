"""Rendered pages kept in the ``pages`` cache, keyed by the archive's data version.

A page depends on more than its own event (neighbours, translations, "See also"
targets, navigation), so the key holds the archive's data version, which any
save, deletion or scheduled event falling due changes (other processes see the
change within a second). Entries also expire after ``PRESSROOM_PAGE_CACHE_SECONDS``
(0 turns the cache off). As declared in ``settings.CACHES``, each process keeps at
most 1,000 pages in its memory, the least recently used dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers

from pressroom.core.cache import PAGES, cache_key
from pressroom.events.version import data_version
from pressroom.website.display import display_mode
from pressroom.website.queries import language


def cached_page(
    request: HttpRequest, render: Callable[[], HttpResponse], *extra: str
) -> HttpResponse:
    """The page ``render`` makes for this path, language, display mode (and ``extra``)."""
    seconds = getattr(settings, "PAGE_CACHE_SECONDS", 60)
    if not seconds:
        return render()
    pages = caches[PAGES]
    key = cache_key("page", language(), request.path, display_mode(request), data_version())
    found = pages.get(key)
    if found is not None:
        content, content_type = found
        response = HttpResponse(content, content_type=content_type)
        patch_vary_headers(response, ("Cookie",))
        return response
    response = render()
    if response.status_code == 200 and not response.streaming:
        pages.set(key, (response.content, response["Content-Type"]), seconds)
    return response


def forget_pages() -> None:
    caches[PAGES].clear()
