"""Speed of search: typical queries with their facets, in process and over HTTP,
on SQLite and PostgreSQL, beside Datasette's full-text search over the same turns.

    .venv/bin/python bench/bench_search.py --quick     # 10,000-event demo archive
    .venv/bin/python bench/bench_search.py --full      # 100,000 events
    .venv/bin/python bench/bench_search.py --events N [--postgres URL] [--repeats R]

The archive is the demo archive of ``bench/archives.py`` (built once per size and
code version; this script searches a copy of it). With ``--postgres URL`` the same
archive is built on that server by ``bench/scale_archive.py`` into a database
``pressroom_bench_search_N`` (kept between runs while it holds N events). Each query
runs ``--repeats`` times after a warm-up; p50 and p95 are over those runs, every
run computing the page of hits, the total and every facet. In process, both wall
time and the process's CPU time (``time.process_time``) are given: on a busy
machine wall time also measures the neighbours (on PostgreSQL the CPU time is
this process's only: the server's work is in its own processes). HTTP times are
``/api/v1/search`` (rate limit lifted) from the site as ``pressroom serve`` runs it
(gunicorn, 2 workers of 4 threads) over a kept-alive connection, as a browser or an
API client holds one. Datasette
serves a table of the same turns with an FTS5 index (no stemming, no status
filter): ``?_search=`` with a count, and with ``_facet=speaker``. Prints Markdown
tables. Targets: p50 <= 20 ms, p95 <= 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import served  # noqa: E402

P50_TARGET_MS, P95_TARGET_MS = 20.0, 100.0


# -- the archive ---------------------------------------------------------------------


def setup_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings")
    os.environ.setdefault("PRESSROOM_ALLOWED_HOSTS", "127.0.0.1,localhost")
    import django

    django.setup()
    from django.core.management import call_command

    # The archive was migrated when built; this only catches a migration added since.
    call_command("migrate", verbosity=0, interactive=False)


def pick_words() -> dict[str, str]:
    """A common, a rare and a mid-frequency word of the archive's turns, and a speaker."""
    from django.db.models import Count

    from pressroom.events.models import Block
    from pressroom.people.models import Person

    # Raw English words of the turns (a stem searched again may stem further).
    counts: dict[str, int] = {}
    english = Block.objects.filter(kind=Block.Kind.TURN, event__language="en")
    for text in english.values_list("text", flat=True).iterator():
        for word in set(text.lower().split()):
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted((n, w) for w, n in counts.items() if w.isascii() and w.isalpha() and len(w) > 4)
    busiest = (
        english.filter(person__isnull=False)
        .values("person")
        .annotate(n=Count("pk"))
        .order_by("-n")[1]
    )
    speaker = Person.objects.get(pk=busiest["person"]).name
    return {"rare": ranked[0][1], "mid": ranked[len(ranked) * 3 // 4][1], "speaker": speaker}


def queries(words: dict[str, str]) -> list[tuple[str, str]]:
    speaker = words["speaker"]
    return [
        ("a word", "libraries"),
        ("two words", "ferries schools"),
        ("a phrase", '"public libraries"'),
        ("a word, one speaker", f'speaker:"{speaker}" {words["mid"]}'),
        ("a date range", "railways from:2015-01-01 to:2016-12-31"),
        ("a rare word", words["rare"]),
        ("a very common word", "the"),
        ("a common word in turns", "the kind:turns"),
        ("who says it most", "libraries kind:turns"),
    ]


# -- timing --------------------------------------------------------------------------


def _p50_p95(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def percentiles(work: Callable[[], object], repeats: int) -> tuple[float, float]:
    return timed(work, repeats)[0]


def timed(work: Callable[[], object], repeats: int) -> tuple[tuple[float, float], ...]:
    """(wall p50, p95) and (CPU p50, p95) in ms, after a warm-up run."""
    work()
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        work()
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return _p50_p95(wall), _p50_p95(cpu)


def run_backend(args: argparse.Namespace, database_url: str) -> dict[str, Any]:
    setup_django(database_url)
    from django.db import connection

    from pressroom.search import search

    words = pick_words()
    rows = []
    with tempfile.TemporaryDirectory() as var:
        (Path(var) / "static").mkdir()  # no static files are served here
        port = served.free_port()
        env = served.environment(Path(var), database_url, PRESSROOM_API_RATE="1000000/s")
        server = served.serve(env, port)
        client = served.Client(f"http://127.0.0.1:{port}")
        try:
            for label, text in queries(words):
                order = "speaker" if label == "who says it most" else "relevance"
                results = search(text, order=order)
                assert not results.error, (text, results.error)
                local, cpu = timed(partial(search, text, order=order), args.repeats)
                path = "/api/v1/search?" + urllib.parse.urlencode({"q": text, "order": order})
                http = percentiles(partial(client.get, path), args.repeats)
                total = f"{results.total:,}" + ("" if results.total_exact else "+")
                rows.append({"label": label, "query": text, "total": total,
                             "sample": results.sample, "local": local, "cpu": cpu,
                             "http": http})  # fmt: skip
        finally:
            client.close()
            server.terminate()
            server.wait(timeout=10)
    return {"backend": connection.vendor, "words": words, "rows": rows}


# -- Datasette -----------------------------------------------------------------------


def datasette_db(source: Path, target: Path) -> None:
    """The same turns (raw text, speaker, date) in a table with an FTS5 index."""
    if target.exists():
        return
    conn = sqlite3.connect(target)
    conn.execute(f"ATTACH DATABASE '{source}' AS src")
    conn.executescript(
        """
        CREATE TABLE turns (id INTEGER PRIMARY KEY, event INTEGER, speaker TEXT, date TEXT,
                            text TEXT);
        INSERT INTO turns SELECT b.id, e.number, p.name, e.date, b.text
          FROM src.events_block b JOIN src.events_event e ON e.id = b.event_id
          LEFT JOIN src.people_person p ON p.id = b.person_id WHERE b.kind = 'turn';
        CREATE INDEX turns_speaker ON turns (speaker);
        CREATE INDEX turns_date ON turns (date);
        CREATE VIRTUAL TABLE turns_fts USING fts5 (text, content="turns", content_rowid="id");
        INSERT INTO turns_fts (turns_fts) VALUES ('rebuild');
        """
    )
    conn.commit()
    conn.close()


def datasette_params(text: str) -> dict[str, str]:
    """Our query as Datasette's parameters: the words to _search, filters as columns."""
    params: dict[str, str] = {}
    words = []
    rest = text
    if rest.startswith("speaker:"):
        name, _, rest = rest[len('speaker:"') :].partition('" ')
        params["speaker__exact"] = name
    for part in rest.split(" "):
        if part.startswith("from:"):
            params["date__gte"] = part[5:]
        elif part.startswith("to:"):
            params["date__lte"] = part[3:]
        elif not part.startswith("kind:"):
            words.append(part)
    params["_search"] = " ".join(words)
    return params


def run_datasette(db: Path, cases: list[dict[str, Any]], repeats: int) -> dict[str, Any]:
    port = served.free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "datasette"), "serve", str(db), "-p", str(port),
         "--setting", "sql_time_limit_ms", "20000", "--setting", "facet_time_limit_ms", "20000",
         "--setting", "num_sql_threads", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        base = f"/{db.stem}/turns.json"
        client = served.Client(f"http://127.0.0.1:{port}")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and server.poll() is None:
            try:
                client.get("/-/versions.json")
                break
            except OSError:
                client.close()
                time.sleep(0.2)
        rows = {}
        for case in cases:
            params = datasette_params(case["query"])
            plain = f"{base}?" + urllib.parse.urlencode({**params, "_size": "20"})
            faceted = f"{base}?" + urllib.parse.urlencode(
                {**params, "_size": "20", "_facet": "speaker"}
            )
            count = json.loads(client.get(plain)).get("filtered_table_rows_count")
            rows[case["label"]] = {
                "total": count,
                "plain": percentiles(partial(client.get, plain), repeats),
                "faceted": percentiles(partial(client.get, faceted), repeats),
            }
        return rows
    finally:
        server.terminate()
        server.wait(timeout=10)


# -- report --------------------------------------------------------------------------


def mark(p50: float, p95: float) -> str:
    return "yes" if p50 <= P50_TARGET_MS and p95 <= P95_TARGET_MS else "no"


def ms(pair: tuple[float, float]) -> str:
    return f"{pair[0]:.1f} / {pair[1]:.1f}"


def report(events: int, runs: list[dict[str, Any]], datasette: dict[str, Any] | None) -> str:
    lines = [f"## Search, {events:,}-event demo archive\n"]
    for run in runs:
        lines.append(f"### {run['backend']}\n")
        lines.append(
            "| query | text | results | ranked and faceted | in process p50 / p95 ms | "
            "in process CPU p50 / p95 ms | HTTP p50 / p95 ms | target met (CPU, HTTP) |"
        )
        lines.append("|---|---|---:|---:|---:|---:|---:|---|")
        for row in run["rows"]:
            scope = f"newest {row['sample']:,}" if row["sample"] else "all"
            lines.append(
                f"| {row['label']} | `{row['query']}` | {row['total']} | {scope} | "
                f"{ms(row['local'])} | {ms(row['cpu'])} | {ms(row['http'])} | "
                f"{mark(*row['cpu'])}, {mark(*row['http'])} |"
            )
        lines.append("")
    if datasette:
        lines.append(
            "### Datasette 0.65 `?_search=` over the same turns (no stemming; it searches "
            "turns, where pressroom's queries above search events unless `kind:turns`)\n"
        )
        lines.append(
            "| query | results | search p50 / p95 ms | with `_facet=speaker` p50 / p95 ms |"
        )
        lines.append("|---|---:|---:|---:|")
        for label, row in datasette.items():
            total = f"{row['total']:,}" if isinstance(row["total"], int) else "?"
            lines.append(f"| {label} | {total} | {ms(row['plain'])} | {ms(row['faceted'])} |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_const", const=10_000, dest="events")
    size.add_argument("--full", action="store_const", const=100_000, dest="events")
    size.add_argument("--events", type=int)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--postgres", default=os.environ.get("PRESSROOM_BENCH_POSTGRES", ""),
                        help="A PostgreSQL server URL: also run there.")  # fmt: skip
    parser.add_argument("--backend-only", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.events = args.events or 10_000
    if args.backend_only:
        print(json.dumps(run_backend(args, args.backend_only)))
        return 0
    from archives import working_copy

    sqlite_path = working_copy(args.events, "search")
    runs = [_child(args, f"sqlite:///{sqlite_path}")]
    if args.postgres:
        runs.append(_child(args, _postgres_archive(args.postgres, args.events)))
    datasette_file = sqlite_path.with_name(f"datasette-{args.events}.db")
    datasette_file.unlink(missing_ok=True)
    datasette_db(sqlite_path, datasette_file)
    datasette = run_datasette(datasette_file, runs[0]["rows"], args.repeats)
    print(report(args.events, runs, datasette))
    return 0


def _child(args: argparse.Namespace, database_url: str) -> dict[str, Any]:
    """One backend per process: Django settles on one database at start-up."""
    command = [sys.executable, __file__, f"--events={args.events}", f"--repeats={args.repeats}",
               f"--backend-only={database_url}"]  # fmt: skip
    output = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout
    return dict(json.loads(output.strip().splitlines()[-1]))


def _postgres_archive(url: str, events: int) -> str:
    """A database on that server holding the demo archive of ``events`` events."""
    import psycopg
    from archives import default_base

    name = f"pressroom_bench_search_{events}"
    target = urllib.parse.urlparse(url)._replace(path=f"/{name}").geturl()
    with psycopg.connect(url, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            with psycopg.connect(target) as bench:
                if _english_events(bench) == events:
                    return target
            conn.execute(f'DROP DATABASE "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    print(f"  building the {events:,}-event archive in {name}", file=sys.stderr, flush=True)
    env = {**os.environ, "DATABASE_URL": target, "PYTHONPATH": str(ROOT)}
    env.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings")
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "scale_archive.py"), "--events", str(events),
         "--base", str(default_base(events))],
        env=env, cwd=ROOT, check=True,
    )  # fmt: skip
    return target


def _english_events(conn: Any) -> int:
    try:
        row = conn.execute("SELECT COUNT(*) FROM events_event WHERE language = 'en'").fetchone()
    except Exception:  # no tables yet: a build that never finished
        return -1
    return int(row[0])


if __name__ == "__main__":
    raise SystemExit(main())
