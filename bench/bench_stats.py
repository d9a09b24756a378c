"""Speed of the statistics: each chart's data computed cold (cache empty) and cached.

    .venv/bin/python bench/bench_stats.py --quick    # 10,000-event demo archive
    .venv/bin/python bench/bench_stats.py --full     # 100,000 events (filling takes long)
    .venv/bin/python bench/bench_stats.py --events N [--db PATH]

The archive is the demo generator's (``pressroom.demo.generate_documents``) saved
through ``pressroom.events.store.Store``, in its own SQLite file under var/bench/
(kept between runs, filled once). Prints a Markdown table: figure, cold ms,
cached ms (median of repeats), and whether each meets its target (200 ms cold,
10 ms cached).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

COLD_TARGET_MS, CACHED_TARGET_MS = 200.0, 10.0


def setup_django(db: Path) -> None:
    db.parent.mkdir(parents=True, exist_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{db.resolve()}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def fill(events: int) -> float:
    """Save the demo archive up to ``events`` English events; seconds taken (0 if full)."""
    from django.db import transaction

    from pressroom.demo import generate_documents
    from pressroom.events.models import Event
    from pressroom.events.store import Store

    have = Event.objects.filter(language="en").count()
    if have >= events:
        return 0.0
    if have:
        raise SystemExit(f"the bench database holds {have} events, not {events}: delete it first")
    start = time.perf_counter()
    store = Store()
    documents = generate_documents(events, seed=0)
    while chunk := list(islice(documents, 1000)):
        with transaction.atomic():
            for doc in chunk:
                store.save(doc)
        print(f"  saved {Event.objects.count()} events", file=sys.stderr)
    return time.perf_counter() - start


def subjects() -> dict[str, int]:
    """The busiest person, topic and place, and the longest transcript: worst cases."""
    from django.db.models import Count

    from pressroom.events.models import Block, EventPerson, EventPlace, EventTopic

    def busiest(model: Any, field: str) -> int:
        row = model.objects.values(field).annotate(n=Count("pk")).order_by("-n").first()
        return int(row[field])

    transcript = (
        Block.objects.filter(kind=Block.Kind.TURN)
        .values("event")
        .annotate(n=Count("pk"))
        .order_by("-n")
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
        found.append((f"archive/{name}", lambda c=compute: c("en")))
    for name, per_person in registry.PERSON.items():
        found.append((f"persons/{{busiest}}/{name}", lambda c=per_person: c(ids["person"], "en")))
    for kind in ("topic", "place"):
        for name, per_tag in registry.TAG.items():
            found.append((f"{kind}s/{{busiest}}/{name}", lambda c=per_tag, k=kind: c(k, ids[k])))
    found.append(("network (whole archive)", lambda: network(NetworkFilter())))
    found.append(("network (busiest topic)", lambda: network(NetworkFilter(topic=ids["topic"]))))
    found.append(("events/{longest}/speaking-share", lambda: speaking_share(ids["event"])))
    return found


def measure(work: Callable[[], object], repeats: int = 20) -> tuple[float, float]:
    from django.core.cache import cache

    cache.clear()
    start = time.perf_counter()
    work()
    cold = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return cold, statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_const", const=10_000, dest="events")
    size.add_argument("--full", action="store_const", const=100_000, dest="events")
    size.add_argument("--events", type=int)
    parser.add_argument("--db", type=Path, help="SQLite file (default var/bench/stats-N.sqlite3)")
    args = parser.parse_args(argv)
    events = args.events or 10_000
    setup_django(args.db or ROOT / "var" / "bench" / f"stats-{events}.sqlite3")
    filled = fill(events)
    if filled:
        print(f"Filled {events:,} events in {filled:.0f} s.\n")
    ids = subjects()
    print(f"Archive: {events:,} demo events, SQLite. Targets: cold {COLD_TARGET_MS:.0f} ms,")
    print(f"cached {CACHED_TARGET_MS:.0f} ms (median of 20).\n")
    print("| figure | cold ms | cached ms | targets met |")
    print("|---|---:|---:|---|")
    misses = 0
    for name, work in figures(ids):
        cold, cached = measure(work)
        met = cold <= COLD_TARGET_MS and cached <= CACHED_TARGET_MS
        misses += not met
        print(f"| {name} | {cold:.1f} | {cached:.2f} | {'yes' if met else 'no'} |")
    print(f"\n{misses} of {len(figures(ids))} figures miss a target.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
