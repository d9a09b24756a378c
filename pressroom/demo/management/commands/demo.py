"""pressroom demo [--events N]: fill an empty database with a fictional archive."""

from __future__ import annotations

from itertools import islice
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from pressroom.demo import generate_documents
from pressroom.events.models import Event
from pressroom.events.store import Store


class Command(BaseCommand):
    help = "Fill an empty database with a generated, clearly fictional archive of events."
    # Reads and writes data only: the URL and admin checks would only slow it down.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--events", type=int, default=500, help="How many events (500).")
        parser.add_argument("--seed", type=int, default=0, help="Generator seed (0).")
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing, successfully, when the database already holds events.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if Event.objects.exists():
            if options["if_empty"]:
                self.stdout.write("The database already holds events; demo data not loaded.")
                return
            raise CommandError("the database already holds events; demo data goes in an empty one")
        if options["events"] < 1:
            raise CommandError("--events must be at least 1")
        store = Store()
        # Every photo, its picture and licence flag, tag kinds and link targets: the
        # whole site, not only what a text version can carry.
        documents = generate_documents(options["events"], options["seed"], extras=True)
        count = 0
        # Commit in batches: fast, and memory stays flat for any size.
        while chunk := list(islice(documents, 1000)):
            with transaction.atomic():
                for doc in chunk:
                    store.save(doc)
            count += len(chunk)
            self.stdout.write(f"{count} events")
        self.stdout.write(self.style.SUCCESS(f"Demo archive: {count} fictional events."))
