"""Browser fixtures: Debian's Chromium driven by Playwright against the live test server.

Use ``page`` (a fresh tab in a fresh context) and ``live_server``; mark tests
``@pytest.mark.browser`` and ``@pytest.mark.xdist_group("browser")``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API runs an event loop in this thread; the test's own database
# calls are still synchronous, so Django's guard against async use must stand aside.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]

needs_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Debian's Chromium is not installed (make browser)"
)


@pytest.fixture(scope="session", autouse=True)
def compiled_messages_for_browser() -> None:
    """The Russian interface needs compiled catalogues, as `make messages` builds them."""
    for po in (ROOT / "pressroom" / "locale").glob("*/LC_MESSAGES/*.po"):
        mo = po.with_suffix(".mo")
        if shutil.which("msgfmt") and (not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime):
            subprocess.run(["msgfmt", "-o", str(mo), str(po)], check=True)


@pytest.fixture(autouse=True)
def plain_static_files(settings: Any) -> None:
    """The live server serves static files from the apps, by their plain names."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A tab in a fresh context (no cookies carried over), 1024x768, English."""
    context = browser.new_context(viewport={"width": 1024, "height": 768}, locale="en-GB")
    tab = context.new_page()
    tab.set_default_timeout(15000)
    yield tab
    context.close()


@pytest.fixture
def screenshot(page: Any, screenshots: Path) -> Any:
    """``screenshot("name")`` saves the current page as name.png in the screenshots'
    folder (``--screenshots docs/screenshots`` to renew the docs' pictures)."""

    def take(name: str) -> Path:
        path = screenshots / f"{name}.png"
        page.screenshot(path=str(path))
        return path

    return take
