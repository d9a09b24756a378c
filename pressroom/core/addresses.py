"""Every public address pressroom hands out: pages, anchors, feeds, the API.

The one place the URL grammar is written outside the ``urls.py`` patterns (a test
resolves every function's address to its view, in each language). English pages
have no prefix and the other languages live under ``/<code>/`` (``i18n_patterns``),
so an event in Russian has its Russian address everywhere, the API included.
Addresses are site-relative; ``absolute=True`` (or ``absolute_url``) puts
``PRESSROOM_SITE_URL`` in front, for feeds, canonical links and JSON-LD.

Anchors on an event page: ``t<k>`` is the k-th speech turn, ``t<k>p<j>`` its j-th
paragraph, ``p<k>`` the k-th narrative paragraph (all from 1).

Functions take plain values (numbers, language codes, keys), never models, so
any layer can use them; built by formatting, not ``reverse()``, because lists,
feeds and exports build thousands of them and the API is also mounted alone.
"""

from __future__ import annotations

from urllib.parse import quote

from django.conf import settings

EVENTS = "/events/president"
NEWS = f"{EVENTS}/news"
CATALOG = "/catalog"
#: The catalog's folder for each kind of place (``Place.Kind``); any other is a region.
PLACE_FOLDERS = {"country": "countries", "region": "regions"}
API = "/api/v1"


def absolute_url(path: str) -> str:
    """``path`` on the public site, as ``PRESSROOM_SITE_URL`` names it."""
    return settings.SITE_URL.rstrip("/") + path


def _site(language: str, path: str, absolute: bool = False) -> str:
    local = path if language == settings.LANGUAGE_CODE else f"/{language}{path}"
    return absolute_url(local) if absolute else local


def _key(value: str | int) -> str:
    """One path segment, quoted as ``reverse()`` quotes it."""
    return quote(str(value), safe="!$&'()*+,;=~:@")


def home_url(language: str) -> str:
    return _site(language, "/")


def anchor(turn: int | None = None, paragraph: int | None = None) -> str:
    """The id of a turn (``t3``), a turn's paragraph (``t3p2``) or a narrative one (``p4``)."""
    if turn is None:
        return "" if paragraph is None else f"p{paragraph}"
    return f"t{turn}" if paragraph is None else f"t{turn}p{paragraph}"


def event_url(
    number: int,
    language: str,
    turn: int | None = None,
    paragraph: int | None = None,
    absolute: bool = False,
) -> str:
    """The event page; with ``turn`` and/or ``paragraph``, anchored there."""
    fragment = anchor(turn, paragraph)
    return _site(language, f"{NEWS}/{number}", absolute) + (f"#{fragment}" if fragment else "")


def print_url(number: int, language: str) -> str:
    return _site(language, f"{NEWS}/{number}/print")


def photos_url(number: int, language: str) -> str:
    return _site(language, f"{NEWS}/{number}/photos")


def text_version_url(number: int, language: str) -> str:
    return _site(language, f"{NEWS}/copy/{number}")


def direct_url(number: int, language: str) -> str:
    return _site(language, f"/d/{number}")


def _feed(path: str, feed: bool) -> str:
    return f"{path}/feed" if feed else path


def section_url(slug: str, language: str, feed: bool = False) -> str:
    return _site(language, _feed(f"{EVENTS}/{_key(slug)}", feed))


def person_url(pk: int, language: str, feed: bool = False) -> str:
    return _site(language, _feed(f"{CATALOG}/persons/{pk}/events", feed))


def biography_url(pk: int, language: str) -> str:
    return _site(language, f"{CATALOG}/persons/{pk}/biography")


def topic_url(key: str, language: str, feed: bool = False) -> str:
    return _site(language, _feed(f"{CATALOG}/keywords/{_key(key)}/events", feed))


def place_url(kind: str, key: str, language: str, feed: bool = False) -> str:
    """A country's or a region's events (``kind`` as ``Place.Kind``: unknown ones are regions)."""
    folder = PLACE_FOLDERS.get(kind, "regions")
    return _site(language, _feed(f"{CATALOG}/{folder}/{_key(key)}/events", feed))


def stats_url(kind: str, key: int, language: str | None = None) -> str:
    """The statistics page of an ``event``, ``person``, ``topic`` or ``place``.

    Statistics pages have no language prefix: ``language`` picks the events counted
    (a topic or place has its own).
    """
    path = f"/stats/{kind}s/{key}"
    return path if language in (None, settings.LANGUAGE_CODE) else f"{path}?lang={language}"


def _api(path: str, language: str) -> str:
    return path if language == settings.LANGUAGE_CODE else f"{path}?language={language}"


def api_event_url(number: int, language: str) -> str:
    return _api(f"{API}/events/{number}", language)


def api_text_url(number: int, language: str) -> str:
    return _api(f"{API}/events/{number}/text", language)
