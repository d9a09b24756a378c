"""Speed of the statistics: each chart's data computed cold (cache empty) and cached.

    .venv/bin/python bench/bench_stats.py --quick    # 10,000-event demo archive
    .venv/bin/python bench/bench_stats.py --full     # 100,000 events
    .venv/bin/python bench/bench_stats.py --events N
    .venv/bin/python bench/bench_stats.py --db PATH  # an archive file of your own

The archive is the shared demo archive of ``bench/archives.py`` (built once per size,
read here, never written). An archive built before the latest migration is migrated
in a working copy first. Prints a Markdown table per figure: cold and cached, each
as CPU ms (``time.process_time``, what the figure costs whatever else the machine
runs) and wall ms; cached is the median of 20 calls. Targets: 200 ms cold, 10 ms
cached, judged on CPU time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

COLD_TARGET_MS, CACHED_TARGET_MS = 200.0, 10.0
REPEATS = 20


def use_database(db: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{db.resolve()}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings")
    import django

    django.setup()


def pending_migrations() -> list[str]:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _ in plan]


def archive_for(events: int, db: Path | None) -> Path:
    """A migrated archive: ``db`` migrated in place, else the shared demo archive."""
    from archives import demo_archive, working_copy

    path = db or demo_archive(events)
    use_database(path)
    pending = pending_migrations()
    if pending and db is None:
        # The shared archive stays as built: migrate a copy of it instead.
        print(f"  migrating a copy of {path.name}: {', '.join(pending)}", file=sys.stderr)
        path = working_copy(events, "stats")
        from django.db import connection

        connection.close()
        connection.settings_dict["NAME"] = str(path.resolve())
    if pending:
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
    return path


def subjects() -> dict[str, int]:
    """The busiest person, topic and place, and the longest transcript: worst cases."""
    from django.db.models import Count

    from pressroom.events.models import Block, EventPerson, EventPlace, EventTopic

    def busiest(model: Any, field: str) -> int:
        row = model.objects.values(field).annotate(n=Count("pk")).order_by("-n", field).first()
        return int(row[field])

    transcript = (
        Block.objects.filter(kind=Block.Kind.TURN)
        .values("event")
        .annotate(n=Count("pk"))
        .order_by("-n", "event")
        .first()
    )
    return {
        "person": busiest(EventPerson, "person"),
        "topic": busiest(EventTopic, "topic"),
        "place": busiest(EventPlace, "place"),
        "event": int(transcript["event"]) if transcript else 0,
    }


def figures(ids: dict[str, int]) -> list[tuple[str, Callable[[], object]]]:
    from pressroom.stats import figures as registry
    from pressroom.stats.queries.network import NetworkFilter, network
    from pressroom.stats.queries.transcript import speaking_share

    found: list[tuple[str, Callable[[], object]]] = []
    for name, compute in registry.ARCHIVE.items():
        found.append((f"archive/{name}", partial(compute, "en")))
    for name, per_person in registry.PERSON.items():
        found.append((f"persons/{{busiest}}/{name}", partial(per_person, ids["person"], "en")))
    for kind in ("topic", "place"):
        for name, per_tag in registry.TAG.items():
            found.append((f"{kind}s/{{busiest}}/{name}", partial(per_tag, kind, ids[kind])))
    found.append(("network (whole archive)", lambda: network(NetworkFilter())))
    found.append(("network (busiest topic)", lambda: network(NetworkFilter(topic=ids["topic"]))))
    found.append(("events/{longest}/speaking-share", lambda: speaking_share(ids["event"])))
    return found


class Timing:
    """CPU and wall milliseconds of one call."""

    def __init__(self, work: Callable[[], object]) -> None:
        cpu, wall = time.process_time(), time.perf_counter()
        work()
        self.cpu = (time.process_time() - cpu) * 1000
        self.wall = (time.perf_counter() - wall) * 1000


def measure(work: Callable[[], object]) -> tuple[Timing, float, float]:
    """The cold call (cache and data version forgotten), then the cached medians."""
    from django.core.cache import caches

    from pressroom.core.cache import STATS
    from pressroom.events.version import forget_version

    caches[STATS].clear()
    forget_version()
    cold = Timing(work)
    cached = [Timing(work) for _ in range(REPEATS)]
    return (
        cold,
        statistics.median(t.cpu for t in cached),
        statistics.median(t.wall for t in cached),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_const", const=10_000, dest="events")
    size.add_argument("--full", action="store_const", const=100_000, dest="events")
    size.add_argument("--events", type=int)
    parser.add_argument("--db", type=Path, help="a demo archive file (migrated in place)")
    args = parser.parse_args(argv)
    events = args.events or 10_000
    path = archive_for(events, args.db)
    from pressroom.events.models import Event

    held = Event.objects.filter(language="en").count()
    ids = subjects()
    print(f"Archive: {held:,} English demo events ({path.name}), SQLite.")
    print(f"Targets: cold {COLD_TARGET_MS:.0f} ms, cached {CACHED_TARGET_MS:.0f} ms, CPU time;")
    print(f"cached is the median of {REPEATS} calls.\n")
    print("| figure | cold CPU ms | cold wall ms | cached CPU ms | cached wall ms | targets met |")
    print("|---|---:|---:|---:|---:|---|")
    misses, total = 0, 0
    for name, work in figures(ids):
        cold, cached_cpu, cached_wall = measure(work)
        met = cold.cpu <= COLD_TARGET_MS and cached_cpu <= CACHED_TARGET_MS
        misses += not met
        total += 1
        print(
            f"| {name} | {cold.cpu:.1f} | {cold.wall:.1f} | {cached_cpu:.2f} | "
            f"{cached_wall:.2f} | {'yes' if met else 'no'} |",
            flush=True,
        )
    print(f"\n{misses} of {total} figures miss a target.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
