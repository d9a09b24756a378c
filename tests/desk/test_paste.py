"""Paste a transcript: turns with speakers resolved, reviewed, then saved as a draft."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pressroom.desk import paste, roles
from pressroom.desk.models import Revision
from pressroom.document import Document, Narrative, Omission, Turn
from pressroom.events.models import Event, Status
from pressroom.events.store import load
from pressroom.textformat import ParseError

BODY = """The President met with the Governor.

Vladimir Putin: Good afternoon. How is the harvest?
It was a hard year.

Governor Anna Lindqvist: Good afternoon, Mr President.
The harvest was good.
<…>
Question: And the roads?
"""
TEXT_VERSION = (
    Path(__file__).resolve().parents[1] / "data" / "text" / ("greeting-no-place-no-gallery.txt")
)


def test_a_body_paste_becomes_turns() -> None:
    doc = paste.read_paste(BODY, title="Meeting")
    kinds = [b.kind for b in doc.body]
    assert kinds == ["narrative", "turn", "turn", "omission", "turn"]


def test_a_turn_keeps_its_paragraphs() -> None:
    turn = paste.read_paste(BODY).turns[0]
    assert [p.text for p in turn.paragraphs] == [
        "Good afternoon. How is the harvest?", "It was a hard year.",
    ]  # fmt: skip


def test_a_body_paste_without_a_title_gets_a_working_title() -> None:
    assert paste.read_paste(BODY).title == "Untitled draft"


def test_an_empty_paste_is_refused() -> None:
    with pytest.raises(ParseError):
        paste.read_paste("\n\n  \n")


def test_a_whole_text_version_is_read_with_its_header() -> None:
    doc = paste.read_paste(TEXT_VERSION.read_text(encoding="utf-8"))
    assert doc.title.startswith("Greetings to participants")
    assert doc.date is not None and doc.topics


@pytest.mark.django_db
def test_speakers_are_resolved_by_names_already_known(make_event) -> None:
    make_event()  # knows "Governor Anna Lindqvist" as Lindqvist Anna
    doc = paste.resolve_speakers(paste.read_paste(BODY))
    speakers = {t.label: t.speaker for t in doc.turns}
    assert speakers["Governor Anna Lindqvist"] == "Lindqvist Anna"
    assert speakers["Question"] is None


def test_review_rows_flag_unresolved_speakers() -> None:
    rows = paste.review_rows(paste.read_paste(BODY))
    assert [r.resolved for r in rows if r.kind == "turn"] == [False, False, False]
    assert rows[1].opening == "Good afternoon. How is the harvest?"


# -- through the desk ----------------------------------------------------------------


@pytest.mark.django_db
def test_the_review_shows_the_turns_before_saving(as_user) -> None:
    response = as_user(roles.AUTHOR).post(reverse("admin:desk_paste"), {"text": BODY, "title": "M"})
    assert b"Governor Anna Lindqvist" in response.content
    assert b"Save as draft" in response.content
    assert not Event.objects.exists()


@pytest.mark.django_db
def test_confirming_saves_a_draft_with_a_revision(as_user) -> None:
    client = as_user(roles.AUTHOR)
    response = client.post(
        reverse("admin:desk_paste"), {"text": BODY, "title": "Meeting", "confirm": "1"}
    )
    event = Event.objects.get()
    assert response.status_code == 302
    assert (event.title, event.status) == ("Meeting", Status.DRAFT)
    body = load(event).body
    assert isinstance(body[0], Narrative) and isinstance(body[3], Omission)
    assert isinstance(body[1], Turn)
    assert Revision.objects.get(event=event).username == "author"


@pytest.mark.django_db
def test_a_txt_upload_is_read_like_a_paste(as_user) -> None:
    upload = SimpleUploadedFile("meeting.txt", BODY.encode(), content_type="text/plain")
    response = as_user(roles.AUTHOR).post(
        reverse("admin:desk_paste"), {"upload": upload, "title": "M"}
    )
    assert b"Governor Anna Lindqvist" in response.content


@pytest.mark.django_db
def test_an_upload_that_is_not_text_is_refused(as_user) -> None:
    upload = SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff", content_type="image/jpeg")
    response = as_user(roles.AUTHOR).post(reverse("admin:desk_paste"), {"upload": upload})
    assert b"upload a .txt file" in response.content


@pytest.mark.django_db
def test_a_broken_text_version_names_the_line(as_user) -> None:
    response = as_user(roles.AUTHOR).post(
        reverse("admin:desk_paste"), {"text": "Events\nA title\nno more"}
    )
    assert b"Pasted text, line" in response.content


@pytest.mark.django_db
def test_a_paste_can_replace_the_body_of_a_draft(as_user, draft) -> None:
    as_user(roles.AUTHOR).post(
        reverse("admin:desk_paste"),
        {"text": "Question: And the roads?", "event_number": draft.number, "confirm": "1"},
    )
    doc: Document = load(draft)
    assert [b.kind for b in doc.body] == ["turn"]
    assert doc.title == "Meeting with the Governor"


@pytest.mark.django_db
def test_an_author_cannot_replace_the_body_of_a_published_event(as_user, published) -> None:
    response = as_user(roles.AUTHOR).post(
        reverse("admin:desk_paste"),
        {"text": "Question: And the roads?", "event_number": published.number, "confirm": "1"},
    )
    assert response.status_code == 403
