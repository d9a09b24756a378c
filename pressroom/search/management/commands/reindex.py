"""pressroom reindex: rebuild the search index from the events."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from pressroom.core.routers import primary_only
from pressroom.events.models import Event
from pressroom.search import indexer


class Command(BaseCommand):
    help = "Rebuild the search index (every published or scheduled event and its turns)."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "numbers", nargs="*", type=int, metavar="ID", help="Only these events (all languages)."
        )

    # The index is written from what the primary holds, not what a replica has caught up on.
    @primary_only()
    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        if options["numbers"]:
            ids = list(
                Event.objects.filter(number__in=options["numbers"]).values_list("pk", flat=True)
            )
            count = indexer.index_events(ids)
        else:
            count = indexer.reindex_all()
        elapsed = time.perf_counter() - started
        self.stdout.write(f"indexed {count} events in {elapsed:.1f} s")
