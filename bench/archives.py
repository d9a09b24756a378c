"""Demo archives for the benchmarks: built once per size, shared by every script.

Imported by the ``bench_*.py`` scripts, which run with this folder on ``sys.path``.

``demo_archive(100_000)`` returns the path of a migrated SQLite file holding the demo
archive of that many English events (with its Russian versions), built by
``bench/scale_archive.py``: the first ``base`` events are saved through the store, the
rest are SQL copies of them with shifted ids and dates. The file name carries a
fingerprint of the code that shapes the rows (migrations, the demo generator, the
store, the search indexer), so a change there builds a new archive instead of
measuring a stale one. Scripts that write to the archive work on a copy
(``working_copy``). Archives live in ``$PRESSROOM_BENCH_DIR`` (default
``var/bench``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Sources whose change alters what an archive holds: the generator, the tables and
#: what writes them (store, speaker resolution, search index). Query code is left out,
#: so changing how pages or searches read does not rebuild the archives.
SHAPING = (
    "pressroom/demo",
    "pressroom/events/models.py",
    "pressroom/events/store.py",
    "pressroom/events/bulk.py",
    "pressroom/events/identity.py",
    "pressroom/events/migrations",
    "pressroom/search/models.py",
    "pressroom/search/schema.py",
    "pressroom/search/indexer.py",
    "pressroom/search/signals.py",
    "pressroom/search/text.py",
    "pressroom/search/migrations",
    "pressroom/people",
    "pressroom/taxonomy",
    "pressroom/stats/migrations",
    "pressroom/stats/triggers.py",
    "bench/scale_archive.py",
)


def bench_dir() -> Path:
    found = Path(os.environ.get("PRESSROOM_BENCH_DIR", ROOT / "var" / "bench"))
    found.mkdir(parents=True, exist_ok=True)
    return found


def fingerprint() -> str:
    digest = hashlib.sha256()
    for top in SHAPING:
        path = ROOT / top
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.exists() else []
        for file in files:
            digest.update(str(file.relative_to(ROOT)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:10]


def default_base(events: int) -> int:
    """Events saved through the store; the rest are copies of them."""
    return min(events, 2_000)


def demo_archive(events: int, base: int | None = None) -> Path:
    """The path of the demo archive of ``events`` English events, built when missing."""
    base = base or default_base(events)
    path = bench_dir() / f"demo-{events}-{base}-{fingerprint()}.sqlite3"
    if path.exists():
        return path
    # Archives of this size built from older code are never read again.
    for stale in bench_dir().glob(f"demo-{events}-{base}-*.sqlite3"):
        stale.unlink()
    building = path.with_suffix(".building")
    for leftover in bench_dir().glob(building.name + "*"):
        leftover.unlink()
    print(f"  building the {events:,}-event demo archive in {path}", file=sys.stderr, flush=True)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{building}", "PYTHONPATH": str(ROOT)}
    env.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings")
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "scale_archive.py"),
         "--events", str(events), "--base", str(base)],
        env=env, cwd=ROOT, check=True,
    )  # fmt: skip
    # One self-contained file: fold the write-ahead log in before it is renamed.
    with sqlite3.connect(building) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("ANALYZE")
    for side in ("-wal", "-shm"):
        Path(f"{building}{side}").unlink(missing_ok=True)
    building.rename(path)
    return path


def working_copy(events: int, name: str) -> Path:
    """A fresh copy of the demo archive that a script may write to."""
    copy = bench_dir() / f"{name}-{events}.sqlite3"
    for side in ("", "-wal", "-shm"):
        Path(f"{copy}{side}").unlink(missing_ok=True)
    shutil.copyfile(demo_archive(events), copy)
    return copy
