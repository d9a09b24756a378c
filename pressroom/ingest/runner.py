"""An import run: read every input, save each document on its own, count and report.

Readers only read; this runner stores what they yield, in order: catalog records
(a dump's persons, topics...) and Documents, each in its own savepoint.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import islice

from django.db import DatabaseError, transaction
from django.utils import timezone

from pressroom.document import Omission, Turn
from pressroom.events.signals import bulk_write
from pressroom.events.store import Store
from pressroom.ingest import readahead
from pressroom.ingest.base import CatalogRecord, Item, Problem
from pressroom.ingest.dispatch import read_paths
from pressroom.ingest.models import ImportRun
from pressroom.ingest.restore import restore_record


@dataclass(frozen=True)
class Result:
    """What happened to one document read from one source."""

    source: str
    status: str  # created, updated, unchanged, rejected
    number: int | None = None
    language: str = ""
    problems: tuple[Problem, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "status": self.status,
            "id": self.number,
            "language": self.language or None,
            "errors": [{"line": p.line, "message": p.message} for p in self.problems],
        }


@dataclass
class Report:
    counts: Counter[str] = field(default_factory=Counter)
    rejects: list[Result] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.counts["rejected"] == 0


def run_import(
    paths: Iterable[str],
    *,
    dry_run: bool = False,
    on_result: Callable[[Result], None] | None = None,
) -> Report:
    """Import every document in ``paths``; a rejected one stores nothing, the rest go in."""
    paths = list(paths)
    run = None if dry_run else ImportRun.objects.create(paths=paths, dry_run=dry_run)
    report = Report()
    items = readahead.read_ahead(paths) if readahead.available(paths) else read_paths(paths)
    for result in import_items(items, dry_run=dry_run, counts=report.counts):
        report.counts[result.status] += 1
        if result.status == "rejected":
            report.rejects.append(result)
        if on_result is not None:
            on_result(result)
    if run is not None:
        run.finished_at = timezone.now()
        run.counts = dict(report.counts)
        run.rejects = [
            {"source": r.source, "line": p.line, "message": p.message}
            for r in report.rejects
            for p in r.problems
        ]
        run.save()
    return report


#: Documents committed together. Each still has its own savepoint, so a rejected
#: one stores nothing; fewer commits make a large import several times faster.
BATCH_SIZE = 50


#: After this many documents an import says the rest is a bulk write (``bulk_write``),
#: and derived data may wait for its end: the search index pauses its recent tiers and
#: refills them then. On a large archive a tier costs each save about as much as the
#: rest of its indexing, and a refill about as much as this many saves.
PAUSE_TIERS_AFTER = 1_000


def import_items(
    items: Iterable[Item], *, dry_run: bool = False, counts: Counter[str] | None = None
) -> Iterator[Result]:
    """Save each item; results are yielded only once their batch is committed."""
    store = Store()
    tally = counts if counts is not None else Counter()
    iterator = iter(items)
    seen, pausing = 0, not dry_run
    with ExitStack() as paused:
        while batch := list(islice(iterator, BATCH_SIZE)):
            if pausing and seen >= PAUSE_TIERS_AFTER:
                paused.enter_context(bulk_write())
                pausing = False
            seen += len(batch)
            with transaction.atomic():
                results = [_import_one(store, item, dry_run, tally) for item in batch]
            yield from (result for result in results if result is not None)


def _import_one(store: Store, item: Item, dry_run: bool, tally: Counter[str]) -> Result | None:
    """What became of one item; None for a catalog record stored."""
    if item.record is not None:
        return _store_record(store, item.source, item.record)
    if item.document is None or item.problem is not None:
        problem = item.problem or Problem("no document found")
        return Result(item.source, "rejected", problems=(problem,))
    doc = item.document
    try:
        saved = store.save(
            doc, item.policy, key=item.source_key, updated=item.updated, dry_run=dry_run
        )
    except (DatabaseError, ValueError) as exc:
        # The document's savepoint rolled back; report it and go on with the rest.
        store.forget()
        return Result(item.source, "rejected", problems=(Problem(f"not stored: {exc}"),))
    tally["documents"] += 1
    tally["turns"] += sum(1 for b in doc.body if isinstance(b, Turn))
    tally["omissions"] += sum(1 for b in doc.body if isinstance(b, Omission))
    tally["photos"] += len(doc.gallery.photos) if doc.gallery else 0
    tally["persons"] += len(doc.persons)
    return Result(item.source, saved.outcome, saved.number, saved.language, item.warnings)


def _store_record(store: Store, source: str, record: CatalogRecord) -> Result | None:
    """Store a catalog record in its own savepoint (on a dry run too, as docs/exports.md says)."""
    trouble = restore_record(dict(record.fields))
    # The store's cached catalog rows may no longer be all there is.
    store.forget()
    if trouble is None:
        return None
    return Result(source, "rejected", problems=(Problem(trouble, record.line),))
