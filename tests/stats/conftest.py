"""Fixtures for the statistics tests: the small fixed archive (``tests/stats/archive.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.core.cache import caches

from pressroom.core.cache import STATS
from tests.stats.archive import save_archive


@pytest.fixture(autouse=True)
def plain_static_files(settings: Any) -> None:
    """Serve static files by their plain names: tests run without collectstatic."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    caches[STATS].clear()
    yield
    caches[STATS].clear()


@pytest.fixture
def archive(db: None) -> dict[str, int]:
    """Saves the archive; returns person ids by tag name."""
    return save_archive()
