"""``pressroom publish-due``: publish scheduled events whose time has come (run by cron)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from pressroom.desk.workflow import publish_due


class Command(BaseCommand):
    help = "Publish every scheduled event whose publication time has passed; safe to rerun."

    def handle(self, *args: Any, **options: Any) -> None:
        events = publish_due()
        for event in events:
            self.stdout.write(f"published {event.number} ({event.language}): {event.title}")
        if options["verbosity"] >= 1:
            self.stdout.write(f"{len(events)} event{'s' if len(events) != 1 else ''} published.")
