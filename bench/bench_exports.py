"""Speed of the jsonl dump and of the API's event and turn lists, on the demo archive.

    .venv/bin/python bench/bench_exports.py --quick          # 10,000 events
    .venv/bin/python bench/bench_exports.py --full           # 100,000 events
    .venv/bin/python bench/bench_exports.py --events N [--requests R]

The archive is the demo archive of ``bench/archives.py`` (built once per size and
shared with the other scripts), read from a working copy. Then, each in a fresh
process: ``pressroom export --all --format jsonl`` to a file (the full dump: catalog
records and every published event), timed in wall and CPU seconds, with the
process's peak resident memory; and the API's lists through Django's WSGI handler
in-process (no network), a first page of 100 each, p50 and p99 after a warm-up, wall
and CPU: ``GET /api/v1/events?limit=100`` over R requests, oldest first and
``/api/v1/turns`` (unfiltered, then by language, the busiest speaker, a speaker from
the middle of the ranking, a date, one event, and word counts) over R/4 or R/8. Prints a
Markdown table with the targets: at least 2,000 events/s and at most 300 MB for the
dump, p50 under 30 ms for each list. CPU time is printed beside wall time because a
shared machine inflates the wall figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

import archives  # noqa: E402  (this folder is on sys.path when run as a script)

_DUMP = """
import json, resource, sys, time, django
django.setup()
from django.core.management import call_command
from pressroom.events.models import Event
events = Event.objects.published().count()
start, cpu = time.perf_counter(), time.process_time()
call_command("export", "--all", "--format", "jsonl", "-o", sys.argv[1])
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"events": events, "seconds": seconds, "cpu": cpu, "peak_mb": peak_mb}))
"""

_API = """
import json, statistics, sys, time, django
django.setup()
from django.db.models import Count
from django.test import Client
from django.conf import settings
from pressroom.events.models import Block, Event
settings.PRESSROOM_API_RATE = "1000000/min"
client = Client()
requests = int(sys.argv[1])
speakers = list(Block.objects.filter(kind="turn", person__isnull=False).values("person")
                .annotate(n=Count("*")).order_by("-n").values_list("person", flat=True))
events = Event.objects.published()
day = events.order_by("date").values_list("date", flat=True)[events.count() // 2]
spoken = events.filter(date__gte=day, blocks__kind="turn").order_by("date", "number")
number = spoken.values_list("number", flat=True)[0]
lists = {
    "/api/v1/events?limit=100": requests,
    "/api/v1/events?limit=100&sort=date": requests // 4,
    "/api/v1/turns?limit=100": requests // 4,
    "/api/v1/turns?limit=100&language=ru": requests // 8,
    f"/api/v1/turns?limit=100&person={speakers[0]}": requests // 8,
    f"/api/v1/turns?limit=100&person={speakers[len(speakers) // 2]}": requests // 8,
    f"/api/v1/turns?limit=100&from={day}": requests // 8,
    f"/api/v1/turns?limit=100&event={number}": requests // 8,
    "/api/v1/turns?limit=100&min_words=300": requests // 8,
    "/api/v1/turns?limit=100&max_words=5": requests // 8,
}
out = {}
for url, count in lists.items():
    for _ in range(5):
        assert client.get(url).status_code == 200, url
    times, cpus = [], []
    for _ in range(max(count, 10)):
        start, cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
        assert response.status_code == 200 and response.json()["items"], url
    times.sort()
    out[url] = {"p50": statistics.median(times), "p99": times[int(len(times) * 0.99) - 1],
                "cpu_p50": statistics.median(cpus)}
print(json.dumps(out))
"""


def environment(db: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "pressroom.settings",
        "DATABASE_URL": f"sqlite:///{db}",
        "PRESSROOM_VAR_DIR": str(db.parent),
        "PRESSROOM_LOG_LEVEL": "ERROR",
        "PYTHONPATH": str(ROOT),
    }


def run_json(env: dict[str, str], script: str, *args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", script, *args], env=env, check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def cpu_calibration() -> float:
    """Seconds for a fixed pure-Python loop (about 0.05 s on an idle modern core):
    figures taken on a busy machine scale with it."""
    start = time.perf_counter()
    sum(i * i for i in range(1_000_000))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_const", const=10_000, dest="events")
    size.add_argument("--full", action="store_const", const=100_000, dest="events")
    size.add_argument("--events", type=int)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    events = args.events or 10_000
    db = archives.working_copy(events, "exports")
    env = environment(db)
    subprocess.run(
        [sys.executable, "-m", "pressroom.cli", "migrate", "--noinput", "-v", "0"],
        env=env,
        check=True,
    )
    with tempfile.TemporaryDirectory() as scratch:
        dump = run_json(env, _DUMP, str(Path(scratch) / "dump.jsonl"))
    api = run_json(env, _API, str(args.requests))
    rate, cpu_rate = dump["events"] / dump["seconds"], dump["events"] / dump["cpu"]
    rows = [
        ("jsonl dump, events/s (wall)", f"{rate:,.0f}", "≥ 2,000", rate >= 2000),
        ("jsonl dump, events per CPU second", f"{cpu_rate:,.0f}", "", True),
        ("jsonl dump, peak memory MB", f"{dump['peak_mb']:.0f}", "≤ 300", dump["peak_mb"] <= 300),
    ]
    for url, figures in api.items():
        rows += [
            (f"GET {url} p50 ms", f"{figures['p50']:.1f}", "< 30", figures["p50"] < 30),
            (f"GET {url} p50 CPU ms", f"{figures['cpu_p50']:.1f}", "", True),
            (f"GET {url} p99 ms", f"{figures['p99']:.1f}", "", True),
        ]
    print(f"\n{events:,} demo events ({dump['events']:,} published, both languages);"
          f" CPU calibration loop {cpu_calibration():.2f} s\n")  # fmt: skip
    print("| measure | value | target | met |\n|---|---|---|---|")
    for name, value, target, met in rows:
        print(f"| {name} | {value} | {target} | {'yes' if met or not target else 'NO'} |")


if __name__ == "__main__":
    main()
