"""pressroom export ID... --format F, or --all: published events to stdout or a file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from pressroom import exporters
from pressroom.document import Document
from pressroom.events.models import Event
from pressroom.events.store import iter_documents


class Command(BaseCommand):
    help = "Export published events: by id, or --all, in any registered format."
    # Reads and writes data only: the URL and admin checks would only slow it down.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("ids", nargs="*", type=int, metavar="ID")
        parser.add_argument("--all", action="store_true", help="Every published event.")
        parser.add_argument(
            "--format", default="json", help=f"One of: {', '.join(exporters.names())}."
        )
        parser.add_argument("--language", default=None, help="Only this language (en, ru).")
        parser.add_argument("-o", "--output", default="-", help="A file, or - for stdout.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            exporter = exporters.get(options["format"])
        except KeyError as exc:
            raise CommandError(str(exc.args[0])) from None
        if bool(options["ids"]) == bool(options["all"]):
            raise CommandError("give event ids, or --all (not both)")
        events = Event.objects.published().order_by("number", "language")
        if options["language"]:
            events = events.filter(language=options["language"])
        if options["ids"]:
            events = events.filter(number__in=options["ids"])
            found = set(events.values_list("number", flat=True))
            missing = [str(i) for i in options["ids"] if i not in found]
            if missing:
                raise CommandError(f"no published event with id {', '.join(missing)}")
        chunks = _render(exporter, iter_documents(events))
        if options["output"] == "-":
            for chunk in chunks:
                self.stdout.write(chunk, ending="")
            return
        with open(options["output"], "w", encoding="utf-8", newline="") as out:
            out.writelines(chunks)


def _render(exporter: exporters.Exporter, documents: Iterator[Document]) -> Iterator[str]:
    if exporter.render_many is not None:
        yield from exporter.render_many(documents)
        return
    for doc in documents:
        yield exporter.render_one(doc)
