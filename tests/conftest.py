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
    committed outside any test's transaction, and removed after, even after a failure,
    leaving every table and SQLite's id counters as they were (later tests on the
    process must not see other ids). Mark the module with an ``xdist_group`` so that
    one worker runs all its tests."""
    from django.db import connection, transaction

    from pressroom.api.models import Tombstone
    from pressroom.desk.models import AuditEntry
    from pressroom.events.models import Event
    from pressroom.ingest.models import ImportRun
    from pressroom.people.models import Person
    from pressroom.taxonomy.models import Place, Section, Topic

    with django_db_blocker.unblock():
        before = _table_counts(connection)
        counters = _sqlite_counters(connection)
        try:
            yield
        finally:
            with transaction.atomic():
                Event.objects.all().delete()
                for model in (Person, Topic, Place, Section, ImportRun, Tombstone, AuditEntry):
                    model.objects.all().delete()
                if counters is not None:
                    with connection.cursor() as cursor:
                        cursor.execute("DELETE FROM sqlite_sequence")
                        cursor.executemany("INSERT INTO sqlite_sequence VALUES (%s, %s)", counters)
            after = _table_counts(connection)
            assert after == before, {
                t: (before.get(t), n) for t, n in after.items() if n != before.get(t)
            }


def _table_counts(connection: Any) -> dict[str, int]:
    """Rows per table, leaving out SQLite full-text indexes' own storage, which keeps
    its segments after the rows go (the index itself is counted)."""
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        counts = {}
        for table in tables:
            owner, _, part = table.rpartition("_")
            if owner in tables and part in ("data", "idx", "docsize", "config", "content"):
                continue
            cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
        return counts


def _sqlite_counters(connection: Any) -> list[tuple[str, int]] | None:
    """SQLite's AUTOINCREMENT counters: a commit keeps them advanced after the rows
    go (PostgreSQL's sequences never go back, in any test)."""
    if connection.vendor != "sqlite":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, seq FROM sqlite_sequence")
        return list(cursor.fetchall())
