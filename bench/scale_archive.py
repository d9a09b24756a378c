"""Build a large demo archive fast: a few hundred events through the store, then copies.

    DATABASE_URL=sqlite:////tmp/a.sqlite3 .venv/bin/python bench/scale_archive.py --events 100000

Saving through the store (speaker resolution, search indexing) costs tens of
milliseconds an event, hours for a million. So ``--base`` events (500) are generated
and saved as usual, and the rest are SQL copies of them: each copy shifts the public
ids past the last one and the dates back by k days, and copies every child
row (blocks, photos, links, tags) and search row, so the search index (FTS5 triggers
on SQLite, generated tsvector columns on PostgreSQL) covers the copies too. Persons,
topics and places are shared, so catalog pages grow with the archive as they would.
Runs migrations first; refuses a database that already holds events.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings")

#: (table, the column that ties it to its parent, the parent table); children after parents.
TABLES = (
    ("events_event", None, None),
    ("events_block", "event_id", "events_event"),
    ("events_photo", "event_id", "events_event"),
    ("events_relatedlink", "event_id", "events_event"),
    ("events_eventsection", "event_id", "events_event"),
    ("events_eventperson", "event_id", "events_event"),
    ("events_eventtopic", "event_id", "events_event"),
    ("events_eventplace", "event_id", "events_event"),
    ("search_eventtext", "event_id", "events_event"),
    ("search_turntext", "block_id", "events_block"),
)

#: Index rows that carry their event's number, date (``day``) and year key.
SEARCH_ROWS = ("search_eventtext", "search_turntext")


def fill_base(count: int) -> None:
    from django.db import transaction

    from pressroom.demo import generate_documents
    from pressroom.events.store import Store

    store, documents = Store(), generate_documents(count, seed=0)
    while chunk := list(islice(documents, 250)):
        with transaction.atomic():
            for doc in chunk:
                store.save(doc)


def _columns(cursor, table: str) -> list[str]:  # type: ignore[no-untyped-def]
    from django.db import connection

    names = [c.name for c in connection.introspection.get_table_description(cursor, table)]
    # Generated columns (the events' visibility and sort keys, PostgreSQL's tsvectors)
    # are computed by the database: copies leave them out.
    if connection.vendor == "postgresql":
        cursor.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = %s AND is_generated = 'ALWAYS'",
            [table],
        )
    else:
        cursor.execute("SELECT name FROM pragma_table_xinfo(%s) WHERE hidden IN (2, 3)", [table])
    generated = {row[0] for row in cursor.fetchall()}
    return [n for n in names if n not in generated]


def copy_base(copies: int) -> None:
    """Append ``copies`` copies of everything the base events own."""
    from django.db import connection, transaction

    with connection.cursor() as cursor:
        top: dict[str, int] = {}
        for table, _, _ in TABLES:
            cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")
            top[table] = int(cursor.fetchone()[0])
        cursor.execute("SELECT MAX(number) FROM events_event")
        max_number = int(cursor.fetchone()[0])
        columns = {table: _columns(cursor, table) for table, _, _ in TABLES}
    sqlite = connection.vendor == "sqlite"

    def shifted(column: str, days: int) -> str:
        if sqlite:
            return f"date({column}, '-{days} days')"
        return f"({column} - {days})"

    def shifted_day(days: int) -> str:
        """The index rows' ``day`` (YYYYMMDD) moved back like the event's date."""
        if sqlite:
            date = "printf('%04d-%02d-%02d', day / 10000, day / 100 % 100, day % 100)"
            return f"CAST(strftime('%Y%m%d', {date}, '-{days} days') AS INTEGER)"
        return (
            f"CAST(to_char(to_date(CAST(day AS text), 'YYYYMMDD') - {days}, 'YYYYMMDD') AS INTEGER)"
        )

    def shifted_year_key(days: int) -> str:
        """The index rows' keys with the year key of the moved date."""
        moved = f"'_y' || ({shifted_day(days)} / 10000)"
        year = "'_y' || (day / 10000)"
        return f"CASE WHEN day IS NULL THEN keys ELSE replace(keys, {year}, {moved}) END"

    for k in range(1, copies + 1):
        with transaction.atomic(), connection.cursor() as cursor:
            for table, link, parent in TABLES:
                exprs = []
                for name in columns[table]:
                    col = connection.ops.quote_name(name)
                    if name == "id" and table in SEARCH_ROWS:
                        # An index row's id is its event's or block's id.
                        exprs.append(f"id + {k * top[parent]}")  # type: ignore[index]
                    elif name == "id":
                        exprs.append(f"id + {k * top[table]}")
                    elif name == link and parent is not None:
                        exprs.append(f"{col} + {k * top[parent]}")
                    elif table == "events_event" and name == "number":
                        exprs.append(f"number + {k * max_number}")
                    elif table == "events_relatedlink" and name == "target_number":
                        exprs.append(f"target_number + {k * max_number}")
                    elif table == "events_event" and name in ("date", "publication_date"):
                        exprs.append(shifted(col, k))
                    elif table in SEARCH_ROWS and name == "number":
                        exprs.append(f"number + {k * max_number}")
                    elif table in SEARCH_ROWS and name == "day":
                        exprs.append(shifted_day(k))
                    elif table in SEARCH_ROWS and name == "keys":
                        exprs.append(shifted_year_key(k))
                    else:
                        exprs.append(col)
                names = ", ".join(connection.ops.quote_name(n) for n in columns[table])
                cursor.execute(
                    f"INSERT INTO {table} ({names}) SELECT {', '.join(exprs)} "
                    f"FROM {table} WHERE id <= {top[table]}"
                )
        if k % 20 == 0 or k == copies:
            print(f"  {k + 1} x {top['events_event']:,} event rows", file=sys.stderr, flush=True)
    if not sqlite:
        from django.apps import apps
        from django.core.management.color import no_style

        event_models = ("Event", "Block", "Photo", "RelatedLink", "EventSection", "EventPerson",
                        "EventTopic", "EventPlace")  # fmt: skip
        models = [apps.get_model("events", n) for n in event_models]
        models += [apps.get_model("search", n) for n in ("EventText", "TurnText")]
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(sql)
        cursor = connection.cursor()
        cursor.execute("ANALYZE")


def build(events: int, base: int) -> None:
    import django

    django.setup()
    from django.core.management import call_command

    from pressroom.events.models import Event
    from pressroom.search.indexer import tiers_paused

    call_command("migrate", "--noinput", verbosity=0)
    if Event.objects.exists():
        raise SystemExit("the database already holds events: build into a new one")
    base = min(base, events)
    started = time.perf_counter()
    fill_base(base)
    saved = time.perf_counter()
    # The copies enter the search index's recent tiers once, at the end (the newest).
    with tiers_paused():
        copy_base(events // base - 1)
    rest = events - (events // base) * base
    if rest:
        print(f"  {events} is not a multiple of {base}: {rest} left out", file=sys.stderr)
    print(
        f"  {base} events saved in {saved - started:.0f} s, copied to "
        f"{Event.objects.filter(language='en').count():,} in {time.perf_counter() - saved:.0f} s",
        file=sys.stderr,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--events", type=int, required=True, help="English events wanted")
    parser.add_argument("--base", type=int, default=500, help="events saved through the store")
    args = parser.parse_args()
    build(args.events, args.base)


if __name__ == "__main__":
    main()
