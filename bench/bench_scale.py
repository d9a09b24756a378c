"""Latency against archive size: event page, list page, search and API at 10,000 and 100,000 events.

    .venv/bin/python bench/bench_scale.py --quick      # 10,000 and 100,000 events
    .venv/bin/python bench/bench_scale.py --full       # and 1,000,000
    .venv/bin/python bench/bench_scale.py --sizes 2000,20000 --requests 30
    .venv/bin/python bench/bench_scale.py --sizes 1000000 --backends postgresql --svg F

For each size, takes the demo archive of that size (``bench/archives.py``: up to 2,000
events through the store, the rest SQL copies; built once and kept), and fills a new
PostgreSQL database the same way too when ``PRESSROOM_BENCH_POSTGRES`` is set (a URL
of a server where this may create and drop databases named ``pressroom_scale_*``;
``bench/run.py --postgres`` starts one; sizes up to ``PRESSROOM_BENCH_POSTGRES_MAX``,
100,000 unless set), then times requests in process with
Django's test client: each kind asks for ``--requests`` different URLs once, with the
page cache off (``PRESSROOM_PAGE_CACHE_SECONDS=0``) so every figure is the database's
and the template's work. Prints p50 and p99 per kind, size and backend as a Markdown
table, and draws them in ``docs/benchmarks-scale.svg``.

The 1,000,000-event archive (``--full``) takes about 5 GB of disk (SQLite) and tens of
minutes to copy on a 2-core machine; it is left out of ``--quick``.
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
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parents[1]

import archives  # noqa: E402  (this folder is on sys.path when run as a script)
import served  # noqa: E402

SVG = ROOT / "docs" / "benchmarks-scale.svg"
KINDS = ("event page", "list page", "search", "API list")

_MEASURE = r"""
import json, random, statistics, sys, time, django
django.setup()
from django.test import Client
from django.db.models import Count, Q
from pressroom.events.models import Event
count = int(sys.argv[1])
rng = random.Random(5)
events = Event.objects.published().language("en")
pages = max(1, min(events.count() // 20, 2000))
numbers = list(events.annotate(turns=Count("blocks", filter=Q(blocks__kind="turn")))
               .filter(turns__gte=4).order_by("?").values_list("number", flat=True)[:count])
words = ["president", "meeting", "economy", "minister", "agreement", "region", "cooperation",
         "security", "budget", "education", "health", "energy", "trade", "culture", "youth"]
urls = {
    "event page": [f"/events/president/news/{n}" for n in numbers],
    "list page": [f"/events/all/page/{rng.randint(1, pages)}" for _ in range(count)],
    "search": [f"/search?query={rng.choice(words)}+{rng.choice(words)}" for _ in range(count)],
    "API list": [f"/api/v1/events?limit=20&date_from={y}-01-01"
                 for y in (rng.randint(2005, 2024) for _ in range(count))],
}
client = Client()
out = {}
for kind, paths in urls.items():
    client.get(paths[0])  # warm: templates compiled, connection open
    times, bad = [], 0
    for path in paths:
        start = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        bad += response.status_code >= 400
    times.sort()
    out[kind] = {"p50": statistics.median(times),
                 "p99": times[min(len(times) - 1, round(0.99 * (len(times) - 1)))],
                 "errors": bad, "n": len(times)}
print(json.dumps(out))
"""


BACKENDS = ("sqlite", "postgresql")


def _postgres(server: str, name: str, statement: str) -> None:
    import psycopg

    parsed = urlparse(server)
    admin = urlunparse(parsed._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(statement.format(name=name))


def databases(size: int, backends: tuple[str, ...] = BACKENDS) -> list[tuple[str, str]]:
    """SQLite: the shared demo archive (built once, only read here); PostgreSQL: a new
    database filled the same way, when ``PRESSROOM_BENCH_POSTGRES`` names a server."""
    found = []
    if "sqlite" in backends:
        found.append(("SQLite", f"sqlite:///{archives.demo_archive(size)}"))
    server = os.environ.get("PRESSROOM_BENCH_POSTGRES")
    if "postgresql" not in backends:
        server = None
    if server and size <= int(os.environ.get("PRESSROOM_BENCH_POSTGRES_MAX", "100000")):
        name = f"pressroom_scale_{size}"
        _postgres(server, name, "DROP DATABASE IF EXISTS {name}")
        _postgres(server, name, "CREATE DATABASE {name}")
        found.append(("PostgreSQL", urlunparse(urlparse(server)._replace(path=f"/{name}"))))
    return found


def measure(size: int, backend: str, url: str, var: Path, requests: int) -> dict[str, dict]:
    # The page cache off: every figure is the database's and the template's work.
    env = served.environment(
        var, url, PRESSROOM_PAGE_CACHE_SECONDS="0", PRESSROOM_API_RATE="1000000/s"
    )
    started = time.perf_counter()
    if backend != "SQLite":
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "scale_archive.py"), "--events", str(size),
             "--base", str(archives.default_base(size))],
            env=env, check=True,
        )  # fmt: skip
    built = time.perf_counter() - started
    print(f"  {backend} {size:,}: built in {built:.0f} s", file=sys.stderr, flush=True)
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(requests)],
        env=env, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    result: dict[str, dict] = json.loads(out)
    for figures in result.values():
        figures["built_s"] = built
    return result


# -- the chart ---------------------------------------------------------------------------

COLOURS = {"event page": "#1f77b4", "list page": "#d62728", "search": "#2ca02c",
           "API list": "#9467bd"}  # fmt: skip


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def svg_chart(rows: list[dict], width: int = 720, height: int = 420) -> str:
    """Latency (ms, log scale) against archive size (log scale): p50 solid, p99 dashed;
    SQLite circles, PostgreSQL squares."""
    import math

    left, right, top, bottom = 70, 190, 30, 50
    sizes = sorted({r["size"] for r in rows})
    values = [r[q] for r in rows for q in ("p50", "p99") if r[q] > 0]
    low = 10 ** math.floor(math.log10(min(values)))
    high = 10 ** math.ceil(math.log10(max(values)))
    x_lo, x_hi = math.log10(min(sizes)) - 0.15, math.log10(max(sizes)) + 0.15

    def x(size: float) -> float:
        return left + (math.log10(size) - x_lo) / (x_hi - x_lo) * (width - left - right)

    def y(ms: float) -> float:
        span = math.log10(high) - math.log10(low)
        return top + (1 - (math.log10(ms) - math.log10(low)) / span) * (height - top - bottom)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="{left}" y="18" font-size="14">Latency against archive size '
        "(p50 solid, p99 dashed)</text>",
    ]
    decade = low
    while decade <= high:
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(decade):.1f}" '
                     f'y2="{y(decade):.1f}" stroke="#ddd"/>')  # fmt: skip
        parts.append(f'<text x="{left - 6}" y="{y(decade) + 4:.1f}" text-anchor="end">'
                     f"{decade:g} ms</text>")  # fmt: skip
        decade *= 10
    for size in sizes:
        parts.append(f'<line x1="{x(size):.1f}" x2="{x(size):.1f}" y1="{top}" '
                     f'y2="{height - bottom}" stroke="#eee"/>')  # fmt: skip
        parts.append(f'<text x="{x(size):.1f}" y="{height - bottom + 18}" '
                     f'text-anchor="middle">{size:,}</text>')  # fmt: skip
    parts.append(f'<text x="{(left + width - right) / 2:.0f}" y="{height - 10}" '
                 'text-anchor="middle">events in the archive</text>')  # fmt: skip
    series = sorted({(r["kind"], r["backend"]) for r in rows})
    for kind, backend in series:
        points = sorted((r for r in rows if r["kind"] == kind and r["backend"] == backend),
                        key=lambda r: r["size"])  # fmt: skip
        colour = COLOURS.get(kind, "#555")
        for quantile, dash in (("p50", ""), ("p99", ' stroke-dasharray="5,4"')):
            coords = " ".join(f"{x(r['size']):.1f},{y(max(r[quantile], low)):.1f}"
                              for r in points)  # fmt: skip
            parts.append(f'<polyline points="{coords}" fill="none" stroke="{colour}" '
                         f'stroke-width="2"{dash}/>')  # fmt: skip
            for r in points:
                cx, cy = x(r["size"]), y(max(r[quantile], low))
                if backend == "SQLite":
                    parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3.5" fill="{colour}"/>')
                else:
                    parts.append(f'<rect x="{cx - 3.5:.1f}" y="{cy - 3.5:.1f}" width="7" '
                                 f'height="7" fill="{colour}"/>')  # fmt: skip
    legend_y = top + 10
    for kind in sorted({k for k, _ in series}):
        parts.append(f'<line x1="{width - right + 15}" x2="{width - right + 40}" '
                     f'y1="{legend_y}" y2="{legend_y}" stroke="{COLOURS.get(kind, "#555")}" '
                     'stroke-width="2"/>')  # fmt: skip
        parts.append(f'<text x="{width - right + 46}" y="{legend_y + 4}">{_esc(kind)}</text>')
        legend_y += 18
    for backend, mark in (("SQLite", "circle"), ("PostgreSQL", "square")):
        if any(b == backend for _, b in series):
            parts.append(f'<text x="{width - right + 15}" y="{legend_y + 4}">{mark}: '
                         f"{backend}</text>")  # fmt: skip
            legend_y += 18
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="10,000 and 100,000 events")
    mode.add_argument("--full", action="store_true", help="and 1,000,000 events")
    parser.add_argument("--sizes", help="comma-separated archive sizes instead")
    parser.add_argument("--requests", type=int, default=60, help="URLs per kind and size")
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument(
        "--backends", default=",".join(BACKENDS), help="comma-separated: sqlite, postgresql"
    )
    args = parser.parse_args()
    backends = tuple(b.strip() for b in args.backends.split(","))
    if args.sizes:
        sizes = [int(s) for s in args.sizes.split(",")]
    else:
        sizes = [10_000, 100_000, 1_000_000] if args.full else [10_000, 100_000]
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="pressroom-scale-") as tmp:
        var = Path(tmp)
        for size in sizes:
            for backend, url in databases(size, backends):
                for kind, figures in measure(size, backend, url, var, args.requests).items():
                    rows.append({"size": size, "backend": backend, "kind": kind, **figures})
                if backend != "SQLite":
                    server = os.environ["PRESSROOM_BENCH_POSTGRES"]
                    drop = "DROP DATABASE IF EXISTS {name}"
                    _postgres(server, f"pressroom_scale_{size}", drop)
    args.svg.parent.mkdir(parents=True, exist_ok=True)
    args.svg.write_text(svg_chart(rows), encoding="utf-8")
    print(f"In process (Django's test client), page cache off, {args.requests} different URLs "
          "per kind; archives built by bench/archives.py.\n")  # fmt: skip
    print("| events | backend | kind | p50 ms | p99 ms | errors | archive built in s |")
    print("|---:|---|---|---:|---:|---:|---:|")
    for r in sorted(rows, key=lambda r: (r["backend"], r["size"], KINDS.index(r["kind"]))):
        print(f"| {r['size']:,} | {r['backend']} | {r['kind']} | {r['p50']:.1f} | "
              f"{r['p99']:.1f} | {r['errors']} | {r['built_s']:.0f} |")  # fmt: skip
    print(f"\n![Latency against archive size]({args.svg.name})")


if __name__ == "__main__":
    main()
