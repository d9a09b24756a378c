"""Shared fixtures: paths to the project's test data and to the real corpus, rows kept
for a whole module, and where screenshots go."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "kremlin-en-2020.tar.xz"

needs_corpus = pytest.mark.skipif(
    not CORPUS.exists(), reason="the real corpus (../shared/corpus) is not present"
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--screenshots",
        metavar="DIR",
        help="save the browser tests' screenshots in DIR (docs/screenshots renews the docs' "
        "pictures); by default they go to a temporary folder",
    )


@pytest.fixture(scope="session")
def screenshots(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the browser tests save screenshots: never the working tree unless asked."""
    chosen = request.config.getoption("screenshots")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def text_dir() -> Path:
    return DATA / "text"


@contextmanager
def kept_for_module(django_db_blocker: Any) -> Iterator[None]:
    """Rows saved in this block stay for a whole module whose tests only read them:
    committed outside any test's transaction, and removed after, even after a failure.
    Mark the module with an ``xdist_group`` so that one worker runs all its tests."""
    from django.db import transaction

    from pressroom.api.models import Tombstone
    from pressroom.events.models import Event
    from pressroom.ingest.models import ImportRun
    from pressroom.people.models import Person
    from pressroom.taxonomy.models import Place, Section, Topic

    with django_db_blocker.unblock():
        try:
            yield
        finally:
            with transaction.atomic():
                Event.objects.all().delete()
                for model in (Person, Topic, Place, Section, ImportRun, Tombstone):
                    model.objects.all().delete()
