"""Importing the real corpus archive into an empty SQLite database, end to end.

    .venv/bin/python bench/bench_import.py            # the whole archive (quick and full)
    .venv/bin/python bench/bench_import.py --limit N  # only the first N pages

Runs ``pressroom import`` on ``../shared/corpus/kremlin-en-2020.tar.xz`` in a child
process against a fresh database, and reports wall time, the child's CPU time and
its peak resident memory, then the same again (a second import must change
nothing). Prints a Markdown table; says so and exits 0 when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "kremlin-en-2020.tar.xz"


def run_import(env: dict[str, str], archive: Path) -> dict[str, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pressroom.cli", "import", str(archive), "--report", "json"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    statuses = [json.loads(line)["status"] for line in result.stdout.splitlines()]
    return {
        "wall": wall,
        "cpu": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime),
        "rss_mib": after.ru_maxrss / 1024,
        "documents": len(statuses),
        "created": statuses.count("created"),
        "unchanged": statuses.count("unchanged"),
        "rejected": statuses.count("rejected"),
    }


def limited_copy(limit: int, folder: Path) -> Path:
    """The first ``limit`` pages as a .tar.xz of their own (streamed, never unpacked)."""
    target = folder / f"corpus-{limit}.tar.xz"
    with tarfile.open(CORPUS, "r|xz") as source, tarfile.open(target, "w:xz") as out:
        kept = 0
        for member in source:
            if kept >= limit:
                break
            if member.isfile() and member.name.endswith(".html"):
                out.addfile(member, source.extractfile(member))
                kept += 1
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"The corpus is not at {CORPUS}; nothing measured.")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        archive = limited_copy(args.limit, folder) if args.limit else CORPUS
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}"}
        env.pop("PRESSROOM_TEST_POSTGRES", None)
        subprocess.run(
            [sys.executable, "-m", "pressroom.cli", "migrate", "--noinput", "-v", "0"],
            env=env,
            check=True,
        )
        first = run_import(env, archive)
        second = run_import(env, archive)
    print(f"Import of `{archive.name}` into an empty SQLite database (`pressroom import`).")
    print()
    print("| run | documents | created | unchanged | rejected | wall s | CPU s | peak RSS MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, row in (("first", first), ("again", second)):
        print(
            f"| {name} | {row['documents']:,.0f} | {row['created']:,.0f} | "
            f"{row['unchanged']:,.0f} | {row['rejected']:,.0f} | {row['wall']:.1f} | "
            f"{row['cpu']:.1f} | {row['rss_mib']:.0f} |"
        )
    print()
    print("Targets: the whole archive in at most 60 s wall, peak memory at most 400 MB.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
