"""draft → scheduled → published → withdrawn, the audit log, and publish-due."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from pressroom.desk import roles, workflow
from pressroom.desk.models import AuditEntry
from pressroom.events.models import Event, Status

pytestmark = pytest.mark.django_db


def test_publishing_a_draft_makes_it_public(persona, draft) -> None:
    workflow.publish(draft, persona(roles.PUBLISHER))
    assert Event.objects.published().filter(pk=draft.pk).exists()


def test_publishing_is_audited_with_who_and_what(persona, draft) -> None:
    workflow.publish(draft, persona(roles.PUBLISHER))
    entry = AuditEntry.objects.get()
    assert (entry.username, entry.action, entry.event_number) == (
        "publisher", "published", draft.number,
    )  # fmt: skip


def test_publishing_prints_a_publication_date_when_none_was(persona, make_event) -> None:
    event = make_event(Status.DRAFT)
    Event.objects.filter(pk=event.pk).update(publication_date=None, publication_time=None)
    event.refresh_from_db()
    workflow.publish(event, persona(roles.PUBLISHER))
    event.refresh_from_db()
    assert event.publication_date == timezone.localdate()


def test_a_scheduled_event_is_hidden_until_its_time(persona, draft) -> None:
    workflow.schedule(draft, persona(roles.EDITOR), timezone.now() + dt.timedelta(hours=1))
    assert not Event.objects.published().filter(pk=draft.pk).exists()


def test_a_scheduled_event_is_public_once_due_and_publish_due_has_run(persona, draft) -> None:
    workflow.schedule(draft, persona(roles.EDITOR), timezone.now() + dt.timedelta(hours=1))
    Event.objects.filter(pk=draft.pk).update(publish_at=timezone.now() - dt.timedelta(seconds=1))
    # Visibility is the stored column: the time passing alone changes nothing.
    assert not Event.objects.published().filter(pk=draft.pk).exists()
    call_command("publish-due", verbosity=0)
    assert Event.objects.published().filter(pk=draft.pk).exists()


def test_withdrawing_hides_a_published_event(persona, published) -> None:
    workflow.withdraw(published, persona(roles.PUBLISHER))
    assert not Event.objects.published().filter(pk=published.pk).exists()


def test_a_draft_cannot_be_withdrawn(persona, draft) -> None:
    with pytest.raises(workflow.WorkflowError, match="readers cannot see it"):
        workflow.withdraw(draft, persona(roles.PUBLISHER))


def test_a_published_event_cannot_be_scheduled(persona, published) -> None:
    with pytest.raises(workflow.WorkflowError, match="cannot be scheduled"):
        workflow.schedule(published, persona(roles.EDITOR), timezone.now())


def test_a_withdrawn_event_can_be_published_again(persona, published) -> None:
    publisher = persona(roles.PUBLISHER)
    workflow.withdraw(published, publisher)
    workflow.publish(published, publisher)
    assert published.is_public


def test_returning_to_draft_cancels_the_schedule(persona, make_event) -> None:
    event = make_event(Status.SCHEDULED)
    workflow.unschedule(event, persona(roles.EDITOR))
    assert event.status == Status.DRAFT


def test_the_schedule_view_sets_the_time(as_user, draft) -> None:
    client = as_user(roles.EDITOR)
    url = reverse("admin:desk_schedule", args=[draft.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"publish_at": "2999-05-01T09:30"})
    draft.refresh_from_db()
    assert draft.status == Status.SCHEDULED
    assert timezone.localtime(draft.publish_at).strftime("%Y-%m-%d %H:%M") == "2999-05-01 09:30"


def test_the_schedule_view_refuses_a_past_time(as_user, draft) -> None:
    response = as_user(roles.EDITOR).post(
        reverse("admin:desk_schedule", args=[draft.pk]), {"publish_at": "2001-01-01T09:30"}
    )
    assert b"That time has passed" in response.content


def test_publish_due_publishes_only_what_is_due(persona, make_event) -> None:
    due = make_event(Status.SCHEDULED)
    later = make_event(Status.SCHEDULED, number=90003, title="Later")
    Event.objects.filter(pk=due.pk).update(publish_at=timezone.now() - dt.timedelta(minutes=5))
    out = StringIO()
    call_command("publish-due", stdout=out)
    due.refresh_from_db()
    later.refresh_from_db()
    assert (due.status, later.status) == (Status.PUBLISHED, Status.SCHEDULED)
    assert "1 event published." in out.getvalue()


def test_publish_due_audits_as_the_system(make_event) -> None:
    event = make_event(Status.SCHEDULED)
    Event.objects.filter(pk=event.pk).update(publish_at=timezone.now() - dt.timedelta(minutes=5))
    workflow.publish_due()
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.username, entry.user) == ("published_due", "", None)


def test_publish_due_twice_publishes_once(make_event) -> None:
    event = make_event(Status.SCHEDULED)
    Event.objects.filter(pk=event.pk).update(publish_at=timezone.now() - dt.timedelta(minutes=5))
    workflow.publish_due()
    assert workflow.publish_due() == []
    assert AuditEntry.objects.count() == 1


def test_publishing_keeps_the_document_hash_in_step(persona, draft) -> None:
    from pressroom.events.identity import document_hash
    from pressroom.events.store import load

    workflow.publish(draft, persona(roles.PUBLISHER))
    draft.refresh_from_db()
    assert draft.document_hash == document_hash(load(draft))


def test_the_audit_log_is_read_only_in_the_desk(as_user, persona, draft) -> None:
    workflow.publish(draft, persona(roles.PUBLISHER))
    client = as_user(roles.ADMINISTRATOR)
    entry = AuditEntry.objects.get()
    assert client.get(reverse("admin:desk_auditentry_changelist")).status_code == 200
    response = client.post(
        reverse("admin:desk_auditentry_delete", args=[entry.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert AuditEntry.objects.count() == 1


def test_scheduling_is_audited_with_the_time_asked_for(persona, draft) -> None:
    at = timezone.make_aware(dt.datetime(2999, 5, 1, 9, 30))
    workflow.schedule(draft, persona(roles.EDITOR), at)
    assert AuditEntry.objects.get().detail.startswith("for 2999-05-01 09:30")


def test_the_workflow_buttons_follow_the_role(as_user, draft) -> None:
    url = reverse("admin:events_event_change", args=[draft.pk])
    author = as_user(roles.AUTHOR).get(url).content.decode()
    publisher = as_user(roles.PUBLISHER).get(url).content.decode()
    assert "Publish now" not in author and "Schedule…" not in author
    assert "Publish now" in publisher and "Schedule…" in publisher
