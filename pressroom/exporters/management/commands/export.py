"""pressroom export: published events, by id, filtered, or all, in any registered format.

    pressroom export 72465 --format akn
    pressroom export --all --format jsonl -o archive.jsonl        (the full dump)
    pressroom export --format csv --topic "Foreign policy" --from 2020-01-01 -o tables/
    pressroom export --all --format sqlite -o archive.sqlite

Formats that are files (csv, sqlite; akn and tei for more than one event) need ``-o``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Q, QuerySet

from pressroom import exporters
from pressroom.document import Document
from pressroom.events.loading import iter_documents
from pressroom.events.models import Event, EventQuerySet
from pressroom.exporters.dump import used_persons


class Command(BaseCommand):
    help = "Export published events: by id, by filters, or --all, in any registered format."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("ids", nargs="*", type=int, metavar="ID")
        parser.add_argument("--all", action="store_true", help="Every published event.")
        parser.add_argument(
            "--format", default="json", help=f"One of: {', '.join(exporters.names())}."
        )
        parser.add_argument("--language", default=None, help="Only this language (en, ru).")
        parser.add_argument("--section", help="Only events in this section (name or id).")
        parser.add_argument("--person", help="Only events tagged with this person (name or id).")
        parser.add_argument("--topic", help="Only events with this topic (name or id).")
        parser.add_argument("--place", help="Only events with this place (name, code or id).")
        parser.add_argument("--from", dest="date_from", help="Events on or after YYYY-MM-DD.")
        parser.add_argument("--to", dest="date_to", help="Events on or before YYYY-MM-DD.")
        parser.add_argument(
            "-o", "--output", default="-", help="A file or folder, or - for standard output."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            exporter = exporters.get(options["format"])
        except KeyError as exc:
            raise CommandError(str(exc.args[0])) from None
        filtered = any(
            options[k] for k in ("section", "person", "topic", "place", "date_from", "date_to")
        )
        if options["ids"] and (options["all"] or filtered):
            raise CommandError("give event ids, or --all / filters (not both)")
        if not (options["ids"] or options["all"] or filtered):
            raise CommandError("give event ids, --all, or filters (--topic, --from...)")
        events = select_events(options)
        if options["ids"]:
            found = set(events.values_list("number", flat=True))
            missing = [str(i) for i in options["ids"] if i not in found]
            if missing:
                raise CommandError(f"no published event with id {', '.join(missing)}")
        self._export(exporter, events, options["output"], single=len(options["ids"]) == 1)

    def _export(
        self, exporter: exporters.Exporter, events: QuerySet[Event], output: str, single: bool
    ) -> None:
        # A database, or one XML file per event, cannot go to one stream.
        files_only = exporter.write is not None and exporter.render_many is None
        if output == "-" and files_only and not single:
            raise CommandError(f"--format {exporter.name} writes files: give -o FILE or FOLDER")
        if output != "-" and single and exporter.one_file_per_event:
            (doc,) = iter_documents(events)
            Path(output).write_text(exporter.render_one(doc), encoding="utf-8")
            return
        if output != "-" and exporter.write is not None:
            written = exporter.write(iter_documents(events), Path(output), person_rows(events))
            self.stderr.write(f"wrote {len(written)} file(s) to {output}")
            return
        chunks = _render(exporter, events)
        if output == "-":
            for chunk in chunks:
                self.stdout.write(chunk, ending="")
            return
        with open(output, "w", encoding="utf-8", newline="") as out:
            out.writelines(chunks)


def select_events(options: dict[str, Any]) -> EventQuerySet:
    """Published events matching the command's ids and filters, in id order."""
    events = Event.objects.published().order_by("number", "language")
    if options.get("language"):
        events = events.language(options["language"])
    if options.get("ids"):
        events = events.filter(number__in=options["ids"])
    names = {
        "section": ("section__name",),
        "person": ("person__tag_name", "person__name"),
        "topic": ("topic__name",),
        "place": ("place__name", "place__catalog_id"),
    }
    for kind, fields in names.items():
        if options.get(kind):
            events = events.filed_under(kind, _named(options[kind], kind, fields))
    first, last = options.get("date_from"), options.get("date_to")
    return events.dated(
        _day(first, "--from") if first else None, _day(last, "--to") if last else None
    )


def _named(value: str, relation: str, fields: tuple[str, ...]) -> Q:
    """An id (digits) or an exact name, any case."""
    match = Q()
    for field in fields:
        match |= Q(**{f"{field}__iexact": value})
    if value.isdigit():
        match |= Q(**{f"{relation}_id": int(value)})
    return match


def _day(value: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"{option}: not a date (YYYY-MM-DD): {value!r}") from None


def person_rows(events: QuerySet[Event]) -> list[exporters.PersonRow]:
    return [
        exporters.PersonRow(p.pk, p.name, p.tag_name, p.catalog_id) for p in used_persons(events)
    ]


def _render(exporter: exporters.Exporter, events: QuerySet[Event]) -> Iterator[str]:
    if exporter.render_archive is not None:
        yield from exporter.render_archive(events)
        return
    documents: Iterator[Document] = iter_documents(events)
    if exporter.render_many is not None:
        yield from exporter.render_many(documents)
        return
    for doc in documents:
        yield exporter.render_one(doc)
