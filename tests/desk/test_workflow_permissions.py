"""Every workflow move, by view and by bulk action, answers 403 to a role without the right."""

from __future__ import annotations

import pytest
from django.urls import reverse

from pressroom.desk import roles
from pressroom.events.models import Event, Status

pytestmark = pytest.mark.django_db

# (move, the status the event starts in, the roles allowed)
MOVES = [
    ("publish", Status.DRAFT, {roles.PUBLISHER, roles.ADMINISTRATOR}),
    ("withdraw", Status.PUBLISHED, {roles.PUBLISHER, roles.ADMINISTRATOR}),
    ("schedule", Status.DRAFT, {roles.EDITOR, roles.PUBLISHER, roles.ADMINISTRATOR}),
    ("unschedule", Status.SCHEDULED, {roles.EDITOR, roles.PUBLISHER, roles.ADMINISTRATOR}),
]
BULK = [
    ("publish_selected", Status.DRAFT, {roles.PUBLISHER, roles.ADMINISTRATOR}),
    ("withdraw_selected", Status.PUBLISHED, {roles.PUBLISHER, roles.ADMINISTRATOR}),
    ("unschedule_selected", Status.SCHEDULED, {roles.EDITOR, roles.PUBLISHER, roles.ADMINISTRATOR}),
]
STAFF = (roles.AUTHOR, roles.EDITOR, roles.PUBLISHER, roles.ADMINISTRATOR)


def _post_move(client, move: str, event: Event):
    data = {"publish_at": "2999-01-01T10:00"} if move == "schedule" else {}
    return client.post(reverse(f"admin:desk_{move}", args=[event.pk]), data)


@pytest.mark.parametrize("role", STAFF)
@pytest.mark.parametrize(("move", "start", "allowed"), MOVES)
def test_a_move_is_refused_with_403_without_its_permission(
    as_user, make_event, role, move, start, allowed
) -> None:
    event = make_event(start)
    response = _post_move(as_user(role), move, event)
    event.refresh_from_db()
    if role in allowed:
        assert response.status_code == 302
        assert event.status != start
    else:
        assert response.status_code == 403
        assert event.status == start


@pytest.mark.parametrize("role", STAFF)
@pytest.mark.parametrize(("action", "start", "allowed"), BULK)
def test_a_bulk_action_is_refused_with_403_without_its_permission(
    as_user, make_event, role, action, start, allowed
) -> None:
    event = make_event(start)
    response = as_user(role).post(
        reverse("admin:events_event_changelist"),
        {"action": action, "_selected_action": [event.pk], "index": 0},
    )
    event.refresh_from_db()
    if role in allowed:
        assert response.status_code == 302
        assert event.status != start
    else:
        assert response.status_code == 403
        assert event.status == start


@pytest.mark.parametrize("move", ["publish", "withdraw", "schedule", "unschedule"])
def test_a_reader_is_sent_to_the_login_page(as_user, published, move) -> None:
    response = _post_move(as_user("reader"), move, published)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_anonymous_visitors_cannot_publish(client, draft) -> None:
    response = client.post(reverse("admin:desk_publish", args=[draft.pk]))
    draft.refresh_from_db()
    assert response.status_code == 302 and draft.status == Status.DRAFT


def test_moves_refuse_get(as_user, draft) -> None:
    response = as_user(roles.PUBLISHER).get(reverse("admin:desk_publish", args=[draft.pk]))
    assert response.status_code == 405


def test_the_action_menu_offers_an_author_no_workflow_action(as_user, draft) -> None:
    response = as_user(roles.AUTHOR).get(reverse("admin:events_event_changelist"))
    assert b"publish_selected" not in response.content


def test_the_action_menu_offers_a_publisher_publishing(as_user, draft) -> None:
    response = as_user(roles.PUBLISHER).get(reverse("admin:events_event_changelist"))
    assert b"publish_selected" in response.content


@pytest.mark.parametrize(
    ("role", "status_code"),
    [(roles.AUTHOR, 403), (roles.EDITOR, 200), (roles.PUBLISHER, 403)],
)
def test_only_editors_restore_revisions(as_user, published, role, status_code) -> None:
    from pressroom.desk.models import Revision
    from pressroom.events.store import load

    revision = Revision.objects.create(
        event=published, status=published.status, document=load(published).to_dict()
    )
    client = as_user(role)
    url = reverse("admin:desk_restore", args=[published.pk, revision.pk])
    response = client.post(url, follow=status_code == 200)
    assert response.status_code == status_code


@pytest.mark.parametrize(("role", "allowed"), [(roles.AUTHOR, False), (roles.EDITOR, True)])
def test_authors_edit_drafts_only(as_user, published, role, allowed) -> None:
    page = as_user(role).get(reverse("admin:events_event_change", args=[published.pk]))
    assert page.status_code == 200
    # Without the right the form is read-only: no save button.
    assert (b'name="_save"' in page.content) is allowed


def test_a_publisher_cannot_edit_the_text(as_user, draft) -> None:
    page = as_user(roles.PUBLISHER).get(reverse("admin:events_event_change", args=[draft.pk]))
    assert b'name="_save"' not in page.content


@pytest.mark.parametrize("role", ["reader", roles.PUBLISHER])
def test_pasting_needs_the_right_to_add_events(as_user, role) -> None:
    response = as_user(role).get(reverse("admin:desk_paste"))
    assert response.status_code == (302 if role == "reader" else 403)
