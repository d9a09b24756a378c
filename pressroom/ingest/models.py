"""Import runs: what each run read and did, kept for the record."""

from __future__ import annotations

from django.db import models


class ImportRun(models.Model):
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    paths = models.JSONField(default=list, help_text="The inputs given to the command.")
    dry_run = models.BooleanField(default=False)
    counts = models.JSONField(
        default=dict,
        help_text="created, updated, unchanged, rejected, documents, turns, persons, photos...",
    )
    rejects = models.JSONField(
        default=list, help_text="One {source, line, message} object per rejected document."
    )

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"import {self.started_at:%Y-%m-%d %H:%M}"
