"""A backup moves between SQLite and PostgreSQL and back, byte for byte.

Runs when ``PRESSROOM_TEST_POSTGRES`` is set (a PostgreSQL URL whose user may create
databases); each step is the real ``pressroom`` command in its own process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

POSTGRES = os.environ.get("PRESSROOM_TEST_POSTGRES", "")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.xdist_group("backup-backends"),
    pytest.mark.skipif(not POSTGRES, reason="PRESSROOM_TEST_POSTGRES is not set"),
]

# Something of every status, and a revision, so the backup is more than a readers' dump.
_VARY = """
import django
django.setup()
from pressroom.desk.models import Revision
from pressroom.events.models import Event
from pressroom.events.store import load
events = list(Event.objects.order_by("number")[:3])
Event.objects.filter(pk=events[0].pk).update(status="draft")
events[1].status = "withdrawn"
events[1].save()
Revision.objects.create(event=events[2], username="editor", status="published",
                        document=load(events[2]).to_dict(), summary="Lead changed")
"""


def _run(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def pressroom(env: dict[str, str], *args: str) -> str:
    return _run(env, "-m", "pressroom.cli", *args)


def _environment(database_url: str, media: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRESSROOM_") or k == "PATH"}
    env.update(DATABASE_URL=database_url, PRESSROOM_MEDIA_ROOT=str(media),
               DJANGO_SETTINGS_MODULE="pressroom.settings")  # fmt: skip
    return env


def _admin(statement: str) -> None:
    import psycopg

    admin = urlunparse(urlparse(POSTGRES)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(statement)


@pytest.fixture
def postgres_database() -> Iterator[str]:
    name = f"pressroom_backup_{os.getpid()}"
    _admin(f"DROP DATABASE IF EXISTS {name}")
    _admin(f"CREATE DATABASE {name}")
    yield urlunparse(urlparse(POSTGRES)._replace(path=f"/{name}"))
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_sqlite_to_postgresql_and_back_is_byte_identical(
    tmp_path: Path, postgres_database: str
) -> None:
    first = _environment(f"sqlite:///{tmp_path / 'first.sqlite3'}", tmp_path / "media1")
    pressroom(first, "migrate", "--noinput", "-v", "0")
    pressroom(first, "demo", "--events", "20", "--seed", "4")
    _run(first, "-c", _VARY)
    (tmp_path / "media1" / "photos").mkdir(parents=True)
    (tmp_path / "media1" / "photos" / "upload.jpg").write_bytes(b"picture bytes")
    pressroom(first, "dump", str(tmp_path / "from-sqlite.tar"))

    middle = _environment(postgres_database, tmp_path / "media2")
    pressroom(middle, "migrate", "--noinput", "-v", "0")
    pressroom(middle, "restore", str(tmp_path / "from-sqlite.tar"))
    pressroom(middle, "dump", str(tmp_path / "from-postgres.tar"))
    assert (tmp_path / "from-postgres.tar").read_bytes() == (
        tmp_path / "from-sqlite.tar"
    ).read_bytes()

    last = _environment(f"sqlite:///{tmp_path / 'last.sqlite3'}", tmp_path / "media3")
    pressroom(last, "migrate", "--noinput", "-v", "0")
    pressroom(last, "restore", str(tmp_path / "from-postgres.tar"))
    pressroom(last, "dump", str(tmp_path / "back-in-sqlite.tar"))
    assert (tmp_path / "back-in-sqlite.tar").read_bytes() == (
        tmp_path / "from-sqlite.tar"
    ).read_bytes()
