"""Every address the address module builds reaches its view, in each language."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.urls import resolve, reverse
from django.utils.translation import override

from pressroom.core import addresses

WEBSITE_URLS = "pressroom.website.urls"
LANGUAGES = ("en", "ru")

#: (address function, its arguments before the language, the website's URL name, its args)
PAGES: list[tuple[Callable[..., str], tuple[Any, ...], dict[str, Any], str, tuple[Any, ...]]] = [
    (addresses.event_url, (70001,), {}, "event", (70001,)),
    (addresses.print_url, (70001,), {}, "event-print", (70001,)),
    (addresses.photos_url, (70001,), {}, "event-photos", (70001,)),
    (addresses.text_version_url, (70001,), {}, "text-version", (70001,)),
    (addresses.direct_url, (70001,), {}, "direct-link", (70001,)),
    (addresses.section_url, ("transcripts",), {}, "section", ("transcripts",)),
    (addresses.section_url, ("Новости",), {}, "section", ("Новости",)),
    (addresses.section_url, ("news",), {"feed": True}, "section-feed", ("news",)),
    (addresses.person_url, (7,), {}, "person-events", (7,)),
    (addresses.person_url, (7,), {"feed": True}, "person-feed", (7,)),
    (addresses.biography_url, (7,), {}, "biography", (7,)),
    (addresses.topic_url, ("129",), {}, "topic-events", ("129",)),
    (addresses.topic_url, ("129",), {"feed": True}, "topic-feed", ("129",)),
    (addresses.place_url, ("country", "KZ"), {}, "country-events", ("KZ",)),
    (addresses.place_url, ("country", "KZ"), {"feed": True}, "country-feed", ("KZ",)),
    (addresses.place_url, ("region", "69"), {}, "region-events", ("69",)),
    (addresses.place_url, ("", "12"), {"feed": True}, "region-feed", ("12",)),
]


def _site_view(path: str) -> str:
    """The website's URL name for ``path``, past the export negotiation in front of it."""
    match = resolve(path)
    if match.url_name == "event-negotiated":
        match = resolve(path, urlconf=WEBSITE_URLS)
    return str(match.url_name)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("build", "args", "options", "name", "url_args"), PAGES)
def test_each_page_address_resolves_to_its_view_in_each_language(
    build: Callable[..., str],
    args: tuple[Any, ...],
    options: dict[str, Any],
    name: str,
    url_args: tuple[Any, ...],
    language: str,
) -> None:
    address = build(*args, language, **options)
    with override(language):
        assert _site_view(address) == name
        assert address == reverse(name, args=url_args)
    assert address.startswith("/ru/") == (language == "ru")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_in_each_language(language: str) -> None:
    with override(language):
        assert _site_view(addresses.home_url(language)) == "home"
        assert addresses.home_url(language) == reverse("home")


@pytest.mark.parametrize(
    ("turn", "paragraph", "fragment"),
    [(3, None, "#t3"), (3, 2, "#t3p2"), (None, 4, "#p4"), (None, None, "")],
)
def test_an_event_address_carries_the_page_anchor(
    turn: int | None, paragraph: int | None, fragment: str
) -> None:
    url = addresses.event_url(5, "ru", turn=turn, paragraph=paragraph)
    assert url == f"/ru/events/president/news/5{fragment}"
    assert fragment == (f"#{addresses.anchor(turn, paragraph)}" if fragment else "")


def test_absolute_addresses_use_the_site_url(settings: Any) -> None:
    settings.SITE_URL = "https://events.example.org/"
    assert addresses.event_url(5, "ru", turn=2, absolute=True) == (
        "https://events.example.org/ru/events/president/news/5#t2"
    )
    assert addresses.absolute_url("/d/5") == "https://events.example.org/d/5"


@pytest.mark.parametrize(
    ("kind", "name"),
    [("event", "stats-event"), ("person", "stats-person"), ("topic", "stats-topic"),
     ("place", "stats-place")],
)  # fmt: skip
def test_statistics_addresses_resolve(kind: str, name: str) -> None:
    assert resolve(addresses.stats_url(kind, 12)).url_name == name
    path, _, query = addresses.stats_url(kind, 12, "ru").partition("?")
    assert (resolve(path).url_name, query) == (name, "lang=ru")
    assert addresses.stats_url(kind, 12, "en") == addresses.stats_url(kind, 12)


@pytest.mark.parametrize(
    ("build", "name"),
    [(addresses.api_event_url, "get_event"), (addresses.api_text_url, "get_event_text")],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_api_addresses_resolve_and_name_the_language(
    build: Callable[[int, str], str], name: str, language: str
) -> None:
    path, _, query = build(70001, language).partition("?")
    match = resolve(path)
    assert (match.namespace, match.url_name, match.kwargs) == ("api-v1", name, {"id": "70001"})
    assert query == ("" if language == "en" else f"language={language}")


# -- nobody else writes an address -------------------------------------------------

ROOT = Path(__file__).resolve().parents[2] / "pressroom"
#: Where the grammar may be written: the address module and the URL patterns.
OWNERS = {ROOT / "core" / "addresses.py"}
#: An event path, an anchor or a language prefix put together by hand: a format
#: string or a concatenation, in code; a literal link or anchor, in a template.
#: (The source site's printed direct links, ``en.kremlin.ru/d/<id>``, are data.)
BUILT_IN_CODE = re.compile(
    r"""(events/president/[\w/-]*\{|(?<![\w.])/d/\{|/copy/\{|\#t\{|\#turn-|\#p\{"""
    r"""|events/president/[\w/-]*["']\s*\+|["']/ru/?["'])"""
)
BUILT_IN_TEMPLATE = re.compile(
    r"""href="/(events|d/|ru/|catalog)|\#turn-|\#t\{\{|\{%\s*if [^%]*%\}/ru/"""
)


def _sources() -> list[Path]:
    files = [*ROOT.rglob("*.py"), *ROOT.rglob("*.html")]
    return [
        f for f in files if f not in OWNERS and f.name != "urls.py" and "migrations" not in f.parts
    ]


def test_no_code_outside_the_address_module_writes_an_address_by_hand() -> None:
    found = []
    for source in _sources():
        pattern = BUILT_IN_TEMPLATE if source.suffix == ".html" else BUILT_IN_CODE
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{source.relative_to(ROOT.parent)}:{number}: {line.strip()}")
    assert found == []


@pytest.mark.parametrize(
    "line",
    [
        'return f"{prefix}/events/president/news/{number}"',
        'EVENT_PATH = "/events/president/news/{number}"',
        'f"{event_url(t.event.number)}#t{t.turn}"',
        '<a href="{{ hit.url }}#turn-{{ hit.position }}">',
        'f"/d/{number}"',
        'return "/ru/" if language() == "ru" else "/"',
    ],
)
def test_the_check_catches_the_addresses_it_replaced(line: str) -> None:
    assert BUILT_IN_CODE.search(line) or BUILT_IN_TEMPLATE.search(line)
