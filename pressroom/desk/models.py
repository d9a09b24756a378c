"""What the desk remembers: every saved version of an event, and who published what."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from pressroom.document import Document
from pressroom.events.models import Event


class Revision(models.Model):
    """One saved version of an event's Document, with who saved it and what changed."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="revisions")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who saved it; none for the state before the first desk edit.",
    )
    username = models.CharField(max_length=150, blank=True, help_text="Kept if the user goes.")
    status = models.CharField(max_length=10, help_text="The event's status when saved.")
    document = models.JSONField(help_text="The Document's JSON form, as saved.")
    changed_fields = models.JSONField(default=list, blank=True, help_text="Document fields.")
    summary = models.TextField(blank=True, help_text="What changed, in words.")
    note = models.TextField(blank=True, help_text="The editor's note; shown to readers.")
    is_correction = models.BooleanField(
        default=False, help_text="Changed while readers could see the event: listed publicly."
    )

    class Meta:
        ordering = ["event", "-created_at", "-pk"]
        permissions = [("restore_revision", "Can restore an event to an earlier revision")]

    def __str__(self) -> str:
        return f"{self.event_id} at {self.created_at:%Y-%m-%d %H:%M}"

    def as_document(self) -> Document:
        return Document.from_dict(self.document)


class AuditEntry(models.Model):
    """A publication action: who scheduled, published, withdrew or restored what, and when."""

    class Action(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        UNSCHEDULED = "unscheduled", "Returned to draft"
        PUBLISHED = "published", "Published"
        PUBLISHED_DUE = "published_due", "Published when due"
        WITHDRAWN = "withdrawn", "Withdrawn"
        RESTORED = "restored", "Restored a revision"

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    username = models.CharField(
        max_length=150, blank=True, help_text="Empty for the publish-due command."
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_entries"
    )
    event_number = models.BigIntegerField(help_text="Kept if the event is deleted.")
    event_title = models.TextField()
    detail = models.TextField(blank=True, help_text="E.g. the publication time asked for.")

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        who = self.username or "system"
        return f"{self.at:%Y-%m-%d %H:%M} {who} {self.action} {self.event_number}"
