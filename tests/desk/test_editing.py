"""Editing in the admin saves a consistent Document, a Revision, and locks what changed."""

from __future__ import annotations

import pytest
from django.urls import reverse

from pressroom.desk import roles
from pressroom.desk.models import Revision
from pressroom.events.identity import document_hash
from pressroom.events.models import Block, Event, Status
from pressroom.events.store import Store, load
from tests.desk.conftest import admin_form_data, block_prefix, desk_document

pytestmark = pytest.mark.django_db


def _edit(client, event: Event, change) -> object:
    url = reverse("admin:events_event_change", args=[event.pk])
    data = admin_form_data(client.get(url))
    change(data)
    return client.post(url, data)


def _correct_harvest(data: dict) -> None:
    prefix = block_prefix(data, "Good afternoon.")
    data[f"{prefix}-text"] = "Good afternoon.\nThe harvest was excellent."


def test_an_editor_corrects_a_paragraph(as_user, published) -> None:
    response = _edit(as_user(roles.EDITOR), published, _correct_harvest)
    assert response.status_code == 302, response.content[:2000]
    turn = load(published).turns[0]
    assert turn.paragraphs[1].text == "The harvest was excellent."


def test_an_edit_keeps_the_document_hash_in_step_with_the_rows(as_user, published) -> None:
    _edit(as_user(roles.EDITOR), published, _correct_harvest)
    published.refresh_from_db()
    assert published.document_hash == document_hash(load(published))


def test_an_edit_locks_the_changed_field_against_re_import(as_user, published) -> None:
    _edit(as_user(roles.EDITOR), published, _correct_harvest)
    published.refresh_from_db()
    assert published.locked_fields == ["body"]


def test_a_re_import_keeps_the_editors_correction(as_user, published) -> None:
    _edit(as_user(roles.EDITOR), published, _correct_harvest)
    saved = Store().save(desk_document(number=90002, title="Telephone conversation"))
    assert saved.outcome == "unchanged"
    assert load(published).turns[0].paragraphs[1].text == "The harvest was excellent."


def test_an_edit_records_a_revision_with_who_and_what(as_user, published) -> None:
    _edit(as_user(roles.EDITOR), published, _correct_harvest)
    latest = Revision.objects.filter(event=published).order_by("-pk").first()
    assert latest.username == "editor"
    assert latest.changed_fields == ["body"]
    assert latest.summary == "Text: 1 paragraph corrected."


def test_the_first_edit_keeps_the_state_before_it(as_user, published) -> None:
    _edit(as_user(roles.EDITOR), published, _correct_harvest)
    first = Revision.objects.filter(event=published).order_by("pk").first()
    assert first.user is None
    assert "The harvest was good." in str(first.document)


def test_an_edit_of_a_published_event_is_a_correction(as_user, published) -> None:
    _edit(as_user(roles.EDITOR), published, _correct_harvest)
    assert Revision.objects.filter(event=published, is_correction=True).count() == 1


def test_an_edit_of_a_draft_is_not_a_correction(as_user, draft) -> None:
    _edit(as_user(roles.AUTHOR), draft, _correct_harvest)
    assert not Revision.objects.filter(is_correction=True).exists()


def test_saving_without_changes_records_no_revision(as_user, draft) -> None:
    _edit(as_user(roles.EDITOR), draft, lambda data: None)
    assert not Revision.objects.filter(event=draft, user__isnull=False).exists()


def test_the_correction_note_is_kept_for_readers(as_user, published) -> None:
    def change(data: dict) -> None:
        _correct_harvest(data)
        data["correction_note"] = "The figure was misheard."

    _edit(as_user(roles.EDITOR), published, change)
    assert Revision.objects.get(is_correction=True).note == "The figure was misheard."


def test_blocks_are_reordered_by_position(as_user, draft) -> None:
    def swap(data: dict) -> None:
        first, second = block_prefix(data, "Taking part"), block_prefix(data, "Good afternoon.")
        data[f"{first}-position"], data[f"{second}-position"] = 1, 0

    response = _edit(as_user(roles.EDITOR), draft, swap)
    assert response.status_code == 302
    kinds = list(Block.objects.filter(event=draft).values_list("kind", flat=True))
    assert kinds == ["turn", "narrative"]


def test_two_blocks_may_not_share_a_position(as_user, draft) -> None:
    def clash(data: dict) -> None:
        data[f"{block_prefix(data, 'Good afternoon.')}-position"] = 0

    response = _edit(as_user(roles.EDITOR), draft, clash)
    assert response.status_code == 200
    assert b"both have position 0" in response.content


def test_a_narrative_block_holds_one_paragraph(as_user, draft) -> None:
    def two(data: dict) -> None:
        data[f"{block_prefix(data, 'Taking part')}-text"] = "One.\nTwo."

    response = _edit(as_user(roles.EDITOR), draft, two)
    assert b"A narrative block is one paragraph" in response.content


def test_a_turn_needs_its_label(as_user, draft) -> None:
    def unlabel(data: dict) -> None:
        data[f"{block_prefix(data, 'Good afternoon.')}-label"] = ""

    response = _edit(as_user(roles.EDITOR), draft, unlabel)
    assert b"needs the speaker" in response.content


def test_an_omission_added_in_the_desk_is_saved(as_user, draft) -> None:
    def add(data: dict) -> None:
        extra = int(data["blocks-TOTAL_FORMS"]) - 1
        data[f"blocks-{extra}-position"] = 5
        data[f"blocks-{extra}-kind"] = "omission"

    _edit(as_user(roles.EDITOR), draft, add)
    assert load(draft).body[-1].kind == "omission"


def test_a_new_event_gets_the_next_number_and_is_a_draft(as_user, draft) -> None:
    client = as_user(roles.AUTHOR)
    url = reverse("admin:events_event_add")
    data = admin_form_data(client.get(url))
    data.update({"title": "A new draft", "language": "en", "section_word": "Events"})
    response = client.post(url, data)
    assert response.status_code == 302, response.content[:3000]
    event = Event.objects.get(title="A new draft")
    assert (event.number, event.status) == (draft.number + 1, Status.DRAFT)
    assert Revision.objects.get(event=event).summary == "Created."


def test_see_also_is_filled_from_the_chosen_event(as_user, draft, published) -> None:
    def link(data: dict) -> None:
        data["related_links-TOTAL_FORMS"] = "1"
        data.update({
            "related_links-0-position": 0, "related_links-0-group": 0,
            "related_links-0-kind": "see_also", "related_links-0-see_event": published.pk,
            "related_links-0-title": "",
        })  # fmt: skip

    response = _edit(as_user(roles.EDITOR), draft, link)
    assert response.status_code == 302, response.content[:3000]
    item = load(draft).related[0].items[0]
    assert (item.title, item.event_id) == ("Telephone conversation", published.number)


def test_the_event_autocomplete_finds_events_by_title(as_user, published) -> None:
    response = as_user(roles.EDITOR).get(
        reverse("admin:autocomplete"),
        {"app_label": "events", "model_name": "photo", "field_name": "event", "term": "Telephone"},
    )
    assert [r["text"] for r in response.json()["results"]] == [str(published)]


def test_the_person_autocomplete_finds_speakers(as_user, draft) -> None:
    response = as_user(roles.AUTHOR).get(
        reverse("admin:autocomplete"),
        {"app_label": "events", "model_name": "block", "field_name": "person", "term": "Lindq"},
    )
    assert [r["text"] for r in response.json()["results"]] == ["Lindqvist Anna"]


def test_an_author_cannot_publish_by_posting_a_status(as_user, draft) -> None:
    def tamper(data: dict) -> None:
        data.update({"status": "published", "publish_at": "2001-01-01 00:00"})

    response = _edit(as_user(roles.AUTHOR), draft, tamper)
    draft.refresh_from_db()
    assert response.status_code == 302
    assert draft.status == Status.DRAFT


def test_an_editor_names_a_speaker_by_autocomplete(as_user, draft) -> None:
    from pressroom.people.models import Person

    other = Person.objects.create(name="Erik Holm", tag_name="Holm Erik")

    def relink(data: dict) -> None:
        data[f"{block_prefix(data, 'Good afternoon.')}-person"] = other.pk

    _edit(as_user(roles.EDITOR), draft, relink)
    assert load(draft).turns[0].speaker == "Holm Erik"
    assert load(draft).turns[0].label == "Governor of the Northern Province Anna Lindqvist"


def test_persons_tags_are_edited_inline(as_user, draft) -> None:
    from pressroom.people.models import Person

    other = Person.objects.create(name="Erik Holm", tag_name="Holm Erik")

    def tag(data: dict) -> None:
        row = int(data["eventperson_set-TOTAL_FORMS"])
        data["eventperson_set-TOTAL_FORMS"] = str(row + 1)
        prefix = f"eventperson_set-{row}"
        data.update({f"{prefix}-person": other.pk, f"{prefix}-position": 5, f"{prefix}-name": ""})

    response = _edit(as_user(roles.EDITOR), draft, tag)
    assert response.status_code == 302, response.content[:3000]
    assert [t.name for t in load(draft).persons] == ["Lindqvist Anna", "Holm Erik"]
