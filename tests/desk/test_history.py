"""Revisions: the diff between any two, restoring one, and what readers are told."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.urls import reverse

from pressroom.desk import history, roles
from pressroom.desk.corrections import correction_context
from pressroom.desk.models import AuditEntry, Revision
from pressroom.events.identity import document_hash
from pressroom.events.store import load
from tests.desk.conftest import admin_form_data, block_prefix

pytestmark = pytest.mark.django_db


def _correct(client, event, text: str = "The harvest was excellent.", note: str = "") -> None:
    url = reverse("admin:events_event_change", args=[event.pk])
    data = admin_form_data(client.get(url))
    data[f"{block_prefix(data, 'Good afternoon.')}-text"] = f"Good afternoon.\n{text}"
    data["correction_note"] = note
    assert client.post(url, data).status_code == 302


def _revisions(event) -> list[Revision]:
    return list(Revision.objects.filter(event=event).order_by("created_at", "pk"))


def test_the_diff_shows_the_corrected_paragraph(as_user, published) -> None:
    client = as_user(roles.EDITOR)
    _correct(client, published)
    old, new = _revisions(published)
    page = client.get(
        reverse("admin:desk_revisions_diff", args=[published.pk]), {"a": old.pk, "b": new.pk}
    )
    assert "<del>-The harvest was good.</del>" in page.content.decode()
    assert "<ins>+The harvest was excellent.</ins>" in page.content.decode()


def test_the_diff_orders_two_revisions_oldest_first(as_user, published) -> None:
    client = as_user(roles.EDITOR)
    _correct(client, published)
    old, new = _revisions(published)
    page = client.get(
        reverse("admin:desk_revisions_diff", args=[published.pk]), {"a": new.pk, "b": old.pk}
    )
    assert "<ins>+The harvest was excellent.</ins>" in page.content.decode()


def test_the_diff_escapes_what_editors_typed(as_user, published) -> None:
    client = as_user(roles.EDITOR)
    _correct(client, published, text="<script>alert(1)</script>")
    old, new = _revisions(published)
    page = client.get(
        reverse("admin:desk_revisions_diff", args=[published.pk]), {"a": old.pk, "b": new.pk}
    )
    assert b"<script>alert(1)" not in page.content
    assert b"&lt;script&gt;alert(1)" in page.content


def test_a_revision_of_another_event_is_not_found(as_user, published, draft) -> None:
    client = as_user(roles.EDITOR)
    _correct(client, published)
    old, new = _revisions(published)
    url = reverse("admin:desk_revisions_diff", args=[draft.pk])
    assert client.get(url, {"a": old.pk, "b": new.pk}).status_code == 404


def test_the_revisions_page_lists_who_and_what(as_user, published) -> None:
    client = as_user(roles.EDITOR)
    _correct(client, published)
    page = client.get(reverse("admin:desk_revisions", args=[published.pk])).content.decode()
    assert "Text: 1 paragraph corrected." in page and "editor" in page


def test_restoring_brings_the_old_text_back(as_user, published) -> None:
    client = as_user(roles.EDITOR)
    _correct(client, published)
    first = _revisions(published)[0]
    response = client.post(reverse("admin:desk_restore", args=[published.pk, first.pk]))
    assert response.status_code == 302
    assert load(published).turns[0].paragraphs[1].text == "The harvest was good."


def test_restoring_records_a_revision_and_an_audit_entry(as_user, published) -> None:
    client = as_user(roles.EDITOR)
    _correct(client, published)
    first = _revisions(published)[0]
    client.post(reverse("admin:desk_restore", args=[published.pk, first.pk]))
    assert len(_revisions(published)) == 3
    assert "Restored the version of" in _revisions(published)[-1].summary
    assert AuditEntry.objects.filter(action="restored", event=published).exists()


def test_restoring_keeps_the_hash_and_the_locks(as_user, published) -> None:
    client = as_user(roles.EDITOR)
    _correct(client, published)
    first = _revisions(published)[0]
    client.post(reverse("admin:desk_restore", args=[published.pk, first.pk]))
    published.refresh_from_db()
    assert published.document_hash == document_hash(load(published))
    assert published.locked_fields == ["body"]


def test_readers_see_corrected_on_after_a_change_to_a_public_event(as_user, published) -> None:
    _correct(as_user(roles.EDITOR), published, note="A figure was misheard.")
    context = correction_context(published)
    assert context["corrected_on"] is not None
    assert [c.note for c in context["corrections"]] == ["A figure was misheard."]


def test_a_draft_has_no_corrections(as_user, draft) -> None:
    _correct(as_user(roles.EDITOR), draft)
    assert correction_context(draft) == {"corrections": [], "corrected_on": None}


def test_the_corrections_include_says_what_changed_not_who(as_user, published) -> None:
    _correct(as_user(roles.EDITOR), published, note="A figure was misheard.")
    html = Template("{% load desk_tags %}{% corrections event %}").render(
        Context({"event": published})
    )
    assert "Corrected on" in html
    assert "Text: 1 paragraph corrected." in html and "A figure was misheard." in html
    assert "editor" not in html


def test_the_corrections_include_is_empty_for_an_uncorrected_event(published) -> None:
    html = Template("{% load desk_tags %}{% corrections event %}").render(
        Context({"event": published})
    )
    assert html.strip() == ""


def test_summaries_count_added_and_removed_paragraphs(published) -> None:
    from dataclasses import replace

    from pressroom.document import Narrative, Paragraph

    before = load(published)
    after = replace(before, body=(*before.body, Narrative(Paragraph("A new paragraph."))))
    assert history.summarize(before, after, ["body"]) == "Text: 1 paragraph added."
    assert history.summarize(after, before, ["body"]) == "Text: 1 paragraph removed."


def test_summaries_name_fields_other_than_the_text(published) -> None:
    from dataclasses import replace

    before = load(published)
    after = replace(before, title="A better title")
    assert history.summarize(before, after, history.changed_fields(before, after)) == (
        "Title changed."
    )
