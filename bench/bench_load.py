"""Load test: a mix of public pages and API calls under gunicorn (2 workers), with wrk.

    .venv/bin/python bench/bench_load.py --quick     # 10,000-event archive, 15 s
    .venv/bin/python bench/bench_load.py --full      # 100,000 events, 60 s
    .venv/bin/python bench/bench_load.py --events N --seconds S [--connections C]

Serves a copy of the demo archive (``bench/archives.py``: built once per size, up to
2,000 events through the store and the rest SQL copies) with gunicorn on
127.0.0.1 on a free port, and runs ``wrk`` (Debian package ``wrk``, installed only
if missing) at 64 connections over a weighted mix of URLs picked at random by a Lua
script: home, section lists, event pages with transcripts, day archives, person
catalogs, the feed, search, API list and detail. Prints throughput, p50, p99 and
errors (socket errors and responses other than 2xx/3xx) as Markdown tables. All
traffic goes to 127.0.0.1. The API rate limit is raised for the run: every request
comes from one address.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

import archives  # noqa: E402  (this folder is on sys.path when run as a script)
import served  # noqa: E402

#: How often each kind of URL is asked for, out of 100: roughly a news site's traffic.
MIX = {
    "event page": 35, "home": 10, "section list": 10, "day archive": 8,
    "person catalog": 7, "feed": 5, "search": 10, "API list": 7, "API detail": 8,
}  # fmt: skip

_PICK = r"""
import json, random, django
django.setup()
from django.db.models import Count, Q
from pressroom.events.models import Event
from pressroom.people.models import Person
rng = random.Random(7)
events = Event.objects.published().language("en")
with_turns = list(events.annotate(turns=Count("blocks", filter=Q(blocks__kind="turn")))
                  .filter(turns__gte=4).values_list("number", flat=True)[:20000])
numbers = rng.sample(with_turns, min(300, len(with_turns)))
days = [d for d in events.exclude(date=None).values_list("date", flat=True).distinct()[:5000]]
persons = list(Person.objects.annotate(n=Count("events")).filter(n__gt=0)
               .values_list("pk", flat=True)[:2000])
print(json.dumps({"events": numbers, "days": [d.strftime("%d.%m.%Y") for d in
                  rng.sample(days, min(100, len(days)))],
                  "persons": rng.sample(persons, min(100, len(persons)))}))
"""
SEARCH_WORDS = (
    "president", "meeting", "economy", "minister", "agreement", "region", "cooperation",
    "security", "budget", "education", "health", "energy", "trade", "culture", "youth",
)  # fmt: skip


def environment(var: Path, db: Path) -> dict[str, str]:
    # The load would trip the API's per-client rate limit within a second.
    return served.environment(var, db, PRESSROOM_API_RATE="1000000/s")


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, env=env)
    return shutil.which("wrk") or "wrk"


def urls(env: dict[str, str]) -> dict[str, list[str]]:
    import json

    out = subprocess.run(
        [sys.executable, "-c", _PICK], env=env, check=True, capture_output=True, text=True
    ).stdout
    picked = json.loads(out)
    return {
        "event page": [f"/events/president/news/{n}" for n in picked["events"]],
        "home": ["/"],
        "section list": ["/events/president/news"]
        + [f"/events/president/news/page/{p}" for p in range(2, 11)]
        + ["/events/president/transcripts"],
        "day archive": [f"/events/all/by-date/{d}" for d in picked["days"]],
        "person catalog": [f"/catalog/persons/{p}/events" for p in picked["persons"]],
        "feed": ["/events/all/feed"],
        "search": [f"/search?query={w}" for w in SEARCH_WORDS],
        "API list": ["/api/v1/events", "/api/v1/events?limit=50"],
        "API detail": [f"/api/v1/events/{n}" for n in picked["events"][:100]],
    }


def weighted_paths(by_kind: dict[str, list[str]], total: int = 2000) -> list[str]:
    """A shuffled list in which each kind's share matches MIX."""
    rng = random.Random(11)
    paths: list[str] = []
    for kind, share in MIX.items():
        choices = by_kind[kind]
        paths += [rng.choice(choices) for _ in range(total * share // 100)]
    rng.shuffle(paths)
    return paths


LUA = """
local paths = {}
for line in io.lines("%s") do paths[#paths + 1] = line end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter * 7919) %% #paths + 1])
end
"""


def run_wrk(wrk: str, base: str, script: Path, seconds: int, connections: int) -> dict[str, float]:
    out = subprocess.run(
        [wrk, "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency",
         "-s", str(script), base],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M))
    socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    total = re.search(r"(\d+) requests in", out)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    assert rate is not None and total is not None, out
    return {
        "requests": float(total.group(1)),
        "rps": float(rate.group(1)),
        "p50": served.wrk_ms(latency["50"]),
        "p99": served.wrk_ms(latency["99"]),
        "socket_errors": float(socket_errors),
        "non2xx": float(non2xx.group(1)) if non2xx else 0.0,
    }


def check_urls(base: str, by_kind: dict[str, list[str]]) -> dict[str, int]:
    """Each URL kind answered once before the load: status of its first URL."""
    statuses = {}
    for kind, paths in by_kind.items():
        try:
            with urllib.request.urlopen(base + paths[0], timeout=30) as response:
                statuses[kind] = response.status
        except urllib.error.HTTPError as exc:
            statuses[kind] = exc.code
    return statuses


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="10,000 events, 15 s (default)")
    mode.add_argument("--full", action="store_true", help="100,000 events, 60 s")
    parser.add_argument("--events", type=int)
    parser.add_argument("--seconds", type=int)
    parser.add_argument("--connections", type=int, default=64)
    args = parser.parse_args()
    events = args.events or (100_000 if args.full else 10_000)
    seconds = args.seconds or (60 if args.full else 15)
    wrk = ensure_wrk()
    with tempfile.TemporaryDirectory(prefix="pressroom-load-") as tmp:
        var = Path(tmp)
        started = time.perf_counter()
        env = environment(var, archives.working_copy(events, "load"))
        served.prepare(env)
        built = time.perf_counter() - started
        by_kind = urls(env)
        paths = weighted_paths(by_kind)
        (var / "urls.txt").write_text("\n".join(paths) + "\n", encoding="utf-8")
        script = var / "mix.lua"
        script.write_text(LUA % (var / "urls.txt"), encoding="utf-8")
        port = served.free_port()
        load_before = os.getloadavg()[0]
        server = served.serve(env, port)
        try:
            base = f"http://127.0.0.1:{port}"
            statuses = check_urls(base, by_kind)
            result = run_wrk(wrk, base, script, seconds, args.connections)
        finally:
            server.terminate()
            server.wait(timeout=30)
    errors = int(result["socket_errors"] + result["non2xx"])
    print(
        f"Archive: {events:,} demo events, SQLite (ready in {built:.0f} s). "
        f"gunicorn, 2 workers of 4 threads; wrk, 2 threads, {args.connections} "
        f"connections, {seconds} s over {len(paths):,} URLs in this mix. The machine's load "
        f"average before the run: {load_before:.1f}.\n"
    )
    print("| kind | share | distinct URLs | first URL's status |")
    print("|---|---:|---:|---:|")
    for kind, share in MIX.items():
        print(f"| {kind} | {share}% | {len(set(by_kind[kind])):,} | {statuses[kind]} |")
    print()
    print("| requests | requests/s | p50 ms | p99 ms | non-2xx/3xx | socket errors |")
    print("|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {result['requests']:,.0f} | {result['rps']:,.1f} | {result['p50']:.1f} | "
        f"{result['p99']:.1f} | {result['non2xx']:,.0f} | {result['socket_errors']:,.0f} |"
    )
    print(f"\nErrors: {errors:,} of {result['requests']:,.0f} requests.")


if __name__ == "__main__":
    main()
