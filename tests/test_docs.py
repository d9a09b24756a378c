"""Docs are part of the product: every command, setting, URL and format is documented."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.management import get_commands
from django.urls import URLPattern, URLResolver, get_resolver

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def all_docs() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))


def pressroom_commands() -> list[str]:
    return sorted(name for name, app in get_commands().items() if app.startswith("pressroom"))


@pytest.mark.parametrize("command", pressroom_commands())
def test_every_command_is_in_the_commands_page(command: str) -> None:
    assert f"pressroom {command}" in (DOCS / "commands.md").read_text(encoding="utf-8")


def make_targets() -> list[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return re.findall(r"^([a-z-]+):.*## ", text, flags=re.M)


@pytest.mark.parametrize("target", make_targets())
def test_every_make_task_is_in_the_commands_page(target: str) -> None:
    assert f"make {target}" in (DOCS / "commands.md").read_text(encoding="utf-8")


def environment_settings() -> list[str]:
    names: set[str] = set()
    for path in (ROOT / "pressroom").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names.update(re.findall(r"env(?:str|bool|int|list|path)\(\s*\"([A-Z_]+)\"", text))
        names.update(re.findall(r"os\.environ\.get\(\"(PRESSROOM_[A-Z_]+)\"", text))
    return sorted(names)


@pytest.mark.parametrize("name", environment_settings())
def test_every_setting_is_in_the_settings_page(name: str) -> None:
    assert f"`{name}`" in (DOCS / "settings.md").read_text(encoding="utf-8")


def routes(patterns: list[URLPattern | URLResolver], prefix: str = "") -> Iterator[str]:
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from routes(pattern.url_patterns, route)
        else:
            yield route


def documented_prefix(route: str) -> str:
    """The literal part of a route before its first parameter: what a reader looks for."""
    literal = re.split(r"[<(\\^$?]", route.lstrip("^"), maxsplit=1)[0]
    return "/" + literal.rstrip("/") if literal else "/"


def public_routes() -> list[str]:
    found = {
        documented_prefix(r)
        for r in routes(get_resolver().url_patterns)
        if not r.startswith(("admin/", "desk/", "^admin", "^static", "^media"))
    }
    return sorted(found)


@pytest.mark.parametrize("route", public_routes())
def test_every_public_url_is_documented(route: str) -> None:
    assert route in all_docs()


def test_every_export_format_is_in_the_exports_page() -> None:
    from pressroom import exporters

    text = (DOCS / "exports.md").read_text(encoding="utf-8")
    missing = [name for name in exporters.names() if f"`{name}`" not in text]
    assert not missing


def test_every_docs_page_linked_from_the_index_exists() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([a-z-]+\.md)\)", index):
        assert (DOCS / target).exists(), target
