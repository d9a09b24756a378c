"""Tombstones: what an incremental sync needs to learn that an event went away."""

from __future__ import annotations

from django.db import models


class Tombstone(models.Model):
    """An event a reader could once see and no longer can: withdrawn or deleted.

    ``GET /api/v1/events?changed_since=`` returns these next to changed events, so a
    mirror can drop what the archive no longer publishes. A tombstone is removed
    when its event is published again.
    """

    class Status(models.TextChoices):
        WITHDRAWN = "withdrawn", "Withdrawn"
        DELETED = "deleted", "Deleted"

    number = models.BigIntegerField(help_text="The event's public id.")
    language = models.CharField(max_length=2, help_text="'en' or 'ru'.")
    status = models.CharField(max_length=10, choices=Status.choices)
    changed_at = models.DateTimeField(db_index=True, help_text="When the event went away.")

    class Meta:
        ordering = ["changed_at", "number", "language"]
        constraints = [
            models.UniqueConstraint(fields=["number", "language"], name="unique_tombstone")
        ]

    def __str__(self) -> str:
        return f"{self.number}/{self.language} {self.status}"
