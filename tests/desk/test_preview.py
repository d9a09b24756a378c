"""A draft previewed exactly as readers will see it, by staff only; corrections on the page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from pressroom.desk import roles
from pressroom.desk.history import record
from pressroom.events.store import load

pytestmark = pytest.mark.django_db


def test_staff_preview_a_draft_with_the_public_template(as_user, draft) -> None:
    response = as_user(roles.AUTHOR).get(reverse("admin:desk_preview", args=[draft.pk]))
    assert response.status_code == 200
    assert "website/event.html" in [t.name for t in response.templates]
    assert b"The harvest was good." in response.content


def test_a_preview_is_never_cached_or_indexed(as_user, draft) -> None:
    response = as_user(roles.AUTHOR).get(reverse("admin:desk_preview", args=[draft.pk]))
    assert {"private", "no-store"} <= set(response["Cache-Control"].split(", "))
    assert "noindex" in response["X-Robots-Tag"]


def test_readers_cannot_preview(as_user, draft) -> None:
    response = as_user("reader").get(reverse("admin:desk_preview", args=[draft.pk]))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_draft_is_not_on_the_public_site(client, draft) -> None:
    assert client.get(f"/events/president/news/{draft.number}").status_code == 404


def test_the_public_page_shows_the_correction_notice(client, persona, published) -> None:
    from dataclasses import replace

    before = load(published)
    after = replace(before, lead="A corrected lead.")
    record(published, persona(roles.EDITOR), before, after, was_public=True)
    page = client.get(f"/events/president/news/{published.number}").content.decode()
    assert "Corrected on" in page and "Lead changed." in page


def test_an_uncorrected_public_page_has_no_notice(client, published) -> None:
    page = client.get(f"/events/president/news/{published.number}")
    assert page.status_code == 200
    assert b"Corrected on" not in page.content
