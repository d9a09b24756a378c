"""Imports that die or overlap, and readers during an import, on a real SQLite file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pressroom.demo import generate_documents

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("faults")]

READER = """
import django, sys, time
django.setup()
from pressroom.events.models import Event
from pressroom.events.store import iter_documents
end = time.monotonic() + float(sys.argv[1])
reads = 0
while time.monotonic() < end:
    for doc in iter_documents(Event.objects.published().order_by("-number")[:20]):
        reads += 1
print(reads)
"""


def pressroom(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pressroom.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def write_archive(path: Path, count: int, start_id: int = 1) -> int:
    lines = [doc.to_json() for doc in generate_documents(count, seed=start_id, start_id=start_id)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def environment(path: Path) -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    environ["DATABASE_URL"] = f"sqlite:///{path}"
    environ["DJANGO_SETTINGS_MODULE"] = "pressroom.settings"
    return environ


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file migrated once for the module; each test works on a copy."""
    path = tmp_path_factory.mktemp("migrated") / "db.sqlite3"
    result = pressroom(environment(path), "migrate", "--noinput", "-v", "0", "--skip-checks")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def env(migrated: Path, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "db.sqlite3"
    source, copy = sqlite3.connect(migrated), sqlite3.connect(path)
    source.backup(copy)
    source.close()
    copy.close()
    return environment(path)


def database(env: dict[str, str]) -> sqlite3.Connection:
    return sqlite3.connect(env["DATABASE_URL"].removeprefix("sqlite://"))


def test_an_import_killed_halfway_leaves_the_database_consistent(
    env: dict[str, str], tmp_path: Path
) -> None:
    archive = tmp_path / "archive.jsonl"
    total = write_archive(archive, 150)
    process = subprocess.Popen(
        [sys.executable, "-m", "pressroom.cli", "import", str(archive), "--report", "json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    for _ in range(40):
        process.stdout.readline()
    process.kill()
    process.wait()

    db = database(env)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored = db.execute("SELECT count(*) FROM events_event").fetchone()[0]
    assert 40 <= stored < total
    # Each event went in whole or not at all: none is left without its body.
    bodiless = db.execute(
        "SELECT count(*) FROM events_event e WHERE NOT EXISTS "
        "(SELECT 1 FROM events_block b WHERE b.event_id = e.id)"
    ).fetchone()[0]
    expected_bodiless = sum(
        1 for line in archive.read_text().splitlines()[:stored] if '"body": []' in line
    )
    assert bodiless == expected_bodiless
    db.close()

    rerun = pressroom(env, "import", str(archive), "--report", "json")
    assert rerun.returncode == 0, rerun.stderr
    statuses = [json.loads(line)["status"] for line in rerun.stdout.splitlines()]
    assert statuses.count("created") == total - stored
    assert statuses.count("unchanged") == stored
    with database(env) as db:
        assert db.execute("SELECT count(*) FROM events_event").fetchone()[0] == total


def test_two_imports_at_once_both_complete_without_a_locked_database(
    env: dict[str, str], tmp_path: Path
) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    total = write_archive(first, 60, start_id=1) + write_archive(second, 60, start_id=10_000)
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "pressroom.cli", "import", str(path), "--report", "json"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in (first, second)
    ]
    for process in processes:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        assert "locked" not in err
    with database(env) as db:
        assert db.execute("SELECT count(*) FROM events_event").fetchone()[0] == total


def test_readers_during_an_import_never_see_a_locked_database(
    env: dict[str, str], tmp_path: Path
) -> None:
    archive = tmp_path / "archive.jsonl"
    write_archive(archive, 60)
    assert pressroom(env, "import", str(archive)).returncode == 0
    more = tmp_path / "more.jsonl"
    write_archive(more, 120, start_id=50_000)
    importer = subprocess.Popen(
        [sys.executable, "-m", "pressroom.cli", "import", str(more)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    reader = subprocess.run(
        [sys.executable, "-c", READER, "3"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    _, import_err = importer.communicate(timeout=300)
    assert reader.returncode == 0, reader.stderr
    assert int(reader.stdout.strip()) > 0
    assert importer.returncode == 0, import_err
