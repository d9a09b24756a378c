"""Speed of the public pages under gunicorn (2 workers), measured with wrk.

    .venv/bin/python bench/bench_pages.py --quick          # 10,000-event demo archive
    .venv/bin/python bench/bench_pages.py --full           # 100,000 events
    .venv/bin/python bench/bench_pages.py --events N [--seconds S]

Serves a copy of the demo archive (``bench/archives.py``) with gunicorn (2 workers)
on 127.0.0.1, and loads an event page with a transcript and section list pages with
``wrk`` (Debian package ``wrk``), with the page cache on and off. Prints a Markdown
table: requests/s, p50, p99, errors, and whether each meets its target (event page
300 req/s, list page 200 req/s).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

import archives  # noqa: E402  (this folder is on sys.path when run as a script)
import served  # noqa: E402

TARGETS = {"event page (transcript)": 300.0, "section list": 200.0, "section list, page 2": 200.0}


_PICK = """
import django
django.setup()
from django.db.models import Count, Q
from pressroom.events.models import Event
event = (Event.objects.published().language("en")
         .annotate(turns=Count("blocks", filter=Q(blocks__kind="turn")))
         .filter(turns__gte=6).newest_first().first())
print(event.number, event.turns)
"""


def load(url: str, seconds: int) -> dict[str, float]:
    """wrk's requests/s, p50 and p99 in ms, and errors (socket errors and non-2xx)."""
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M))

    def parse(key: str) -> float:
        return served.wrk_ms(latency[key])

    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    assert rate is not None, out
    return {
        "rps": float(rate.group(1)),
        "p50": parse("50"),
        "p99": parse("99"),
        "errors": errors + (int(non2xx.group(1)) if non2xx else 0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="10,000 events (the default)")
    size.add_argument("--full", action="store_true", help="100,000 events")
    size.add_argument("--events", type=int, help="any number of events")
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per page (10)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install wrk")
    events = args.events or (100_000 if args.full else 10_000)
    with tempfile.TemporaryDirectory(prefix="pressroom-bench-") as tmp:
        var = Path(tmp)
        db = archives.working_copy(events, "pages")
        env = served.environment(var, db)
        served.prepare(env)
        picked = subprocess.run(
            [sys.executable, "-c", _PICK], env=env, capture_output=True, text=True, check=True
        ).stdout.split()
        number, turns = int(picked[0]), int(picked[1])
        rows = []
        load_before = os.getloadavg()[0]
        for cache_seconds, mode in (("60", "page cache on"), ("0", "page cache off")):
            env["PRESSROOM_PAGE_CACHE_SECONDS"] = cache_seconds
            for name, result in measure(env, number, args.seconds).items():
                rows.append((name, mode, result))
    print(
        f"\n{events:,} events, SQLite, gunicorn 2 workers of 4 threads, "
        f"wrk -t2 -c8 -d{args.seconds}s; "
        f"event {number} has {turns} turns; load average before: {load_before:.1f}\n"
    )
    print("| page | cache | requests/s | p50 ms | p99 ms | errors | target req/s | met |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for name, mode, r in rows:
        met = "yes" if r["rps"] >= TARGETS[name] and not r["errors"] else "no"
        print(
            f"| {name} | {mode} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} "
            f"| {r['errors']:.0f} | {TARGETS[name]:.0f} | {met} |"
        )


def measure(env: dict[str, str], number: int, seconds: int) -> dict[str, dict[str, float]]:
    """Serve with gunicorn and load each page in turn."""
    port = served.free_port()
    server = served.serve(env, port, attempts=100)
    base = f"http://127.0.0.1:{port}"
    pages = {
        "event page (transcript)": f"{base}/events/president/news/{number}",
        "section list": f"{base}/events/president/news",
        "section list, page 2": f"{base}/events/president/news/page/2",
    }
    try:
        for url in pages.values():  # warm each worker's imports (and caches)
            for _ in range(8):
                urllib.request.urlopen(url).read()
        return {name: load(url, seconds) for name, url in pages.items()}
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
