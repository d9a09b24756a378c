"""draft → scheduled → published → withdrawn: each move checks its permission and is audited."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from pressroom.desk import roles
from pressroom.desk.history import fresh_document
from pressroom.desk.models import AuditEntry
from pressroom.desk.permissions import require
from pressroom.events import models as m
from pressroom.events.identity import document_hash
from pressroom.events.models import Status


class WorkflowError(ValueError):
    """A move the event's current status does not allow; names the event and status."""


def _audit(event: m.Event, user: Any, action: str, detail: str = "") -> AuditEntry:
    return AuditEntry.objects.create(
        user=user if getattr(user, "pk", None) else None,
        username=getattr(user, "username", "") or "",
        action=action,
        event=event,
        event_number=event.number,
        event_title=event.title,
        detail=detail,
    )


def _refuse_unless(event: m.Event, allowed: tuple[str, ...], move: str) -> None:
    if event.status not in allowed:
        raise WorkflowError(f"Event {event.number} is {event.status}: it cannot be {move}.")


def schedule(event: m.Event, user: Any, at: dt.datetime) -> AuditEntry:
    """Publish at ``at``: ``publish-due`` publishes it at its first run from then on."""
    require(user, roles.SCHEDULE)
    _refuse_unless(event, (Status.DRAFT, Status.SCHEDULED), "scheduled")
    with transaction.atomic():
        event.status, event.publish_at = Status.SCHEDULED, at
        event.save(update_fields=["status", "publish_at", "updated_at"])
        local = timezone.localtime(at)
        return _audit(event, user, AuditEntry.Action.SCHEDULED, f"for {local:%Y-%m-%d %H:%M %Z}")


def unschedule(event: m.Event, user: Any) -> AuditEntry:
    require(user, roles.SCHEDULE)
    _refuse_unless(event, (Status.SCHEDULED,), "returned to draft")
    with transaction.atomic():
        event.status = Status.DRAFT
        event.save(update_fields=["status", "updated_at"])
        return _audit(event, user, AuditEntry.Action.UNSCHEDULED)


def publish(event: m.Event, user: Any) -> AuditEntry:
    require(user, roles.PUBLISH)
    _refuse_unless(event, (Status.DRAFT, Status.SCHEDULED, Status.WITHDRAWN), "published")
    with transaction.atomic():
        now = timezone.now()
        if event.publish_at is None or event.status != Status.SCHEDULED or event.publish_at > now:
            event.publish_at = now
        _go_live(event)
        return _audit(event, user, AuditEntry.Action.PUBLISHED)


def withdraw(event: m.Event, user: Any) -> AuditEntry:
    require(user, roles.WITHDRAW)
    if not event.is_public:
        raise WorkflowError(f"Event {event.number} is {event.status}: readers cannot see it.")
    with transaction.atomic():
        event.status = Status.WITHDRAWN
        event.save(update_fields=["status", "updated_at"])
        return _audit(event, user, AuditEntry.Action.WITHDRAWN)


def publish_due(now: dt.datetime | None = None) -> list[m.Event]:
    """Flip scheduled events whose time has come to published (the publish-due command)."""
    now = now or timezone.now()
    due = m.Event.objects.filter(status=Status.SCHEDULED, publish_at__lte=now)
    with transaction.atomic():
        # Locked rows: two overlapping runs never publish (and audit) one event twice.
        events = list(due.select_for_update().order_by("publish_at"))
        for event in events:
            _go_live(event)
            _audit(event, None, AuditEntry.Action.PUBLISHED_DUE)
    return events


def _go_live(event: m.Event) -> None:
    """Published, with the publication date and time printed on the page when none was."""
    event.status = Status.PUBLISHED
    fields = ["status", "publish_at", "updated_at"]
    if event.publication_date is None and event.publish_at is not None:
        local = timezone.localtime(event.publish_at)
        event.publication_date, event.publication_time = (
            local.date(),
            local.time().replace(second=0, microsecond=0),
        )
        fields += ["publication_date", "publication_time"]
    event.save(update_fields=fields)
    if "publication_date" in fields:
        event.document_hash = document_hash(fresh_document(event))
        m.Event.objects.filter(pk=event.pk).update(document_hash=event.document_hash)


def audit_restore(event: m.Event, user: Any, revision: Any) -> AuditEntry:
    when = timezone.localtime(revision.created_at)
    return _audit(event, user, AuditEntry.Action.RESTORED, f"revision of {when:%Y-%m-%d %H:%M}")
