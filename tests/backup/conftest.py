"""An archive with something of everything a backup must keep, and a way to empty it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import override_settings

from pressroom.api.models import Tombstone
from pressroom.backup.restoring import CONTENT_MODELS
from pressroom.demo import generate_documents
from pressroom.desk.models import AuditEntry, Revision
from pressroom.document import Document, Paragraph, Turn
from pressroom.events.models import Block, Event, EventPerson, Photo, Status
from pressroom.events.store import Store, load_number
from pressroom.people.models import Person, PersonName

MOMENT = dt.datetime(2021, 3, 4, 5, 6, 7, 890123, tzinfo=dt.UTC)


@pytest.fixture
def media_root(tmp_path: Path):  # type: ignore[no-untyped-def]
    with override_settings(MEDIA_ROOT=str(tmp_path / "media")):
        yield tmp_path / "media"


def _save_with_status(store: Store, doc: Document, status: str, **row: object) -> Event:
    saved = store.save(doc, status=status)
    event = Event.objects.get(number=saved.number, language=saved.language)
    if row:
        Event.objects.filter(pk=event.pk).update(**row)
        event.refresh_from_db()
    return event


@pytest.fixture
@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
def full_archive(db: None, media_root: Path) -> None:
    """Published events (two languages, galleries), a draft, a scheduled and a withdrawn
    event, an uploaded photo, editor's locks and mappings, history and a tombstone."""
    store = Store()
    docs = list(generate_documents(6, seed=3, russian_share=0.5, extras=True))
    for doc in docs:
        store.save(doc)
    first = docs[0]
    assert first.id is not None
    draft = Document(title="A draft nobody has seen", id=900001, lead="Not yet.")
    _save_with_status(store, draft, Status.DRAFT)
    later = MOMENT + dt.timedelta(days=3650)
    _save_with_status(
        store, Document(title="Scheduled", id=900002), Status.SCHEDULED, publish_at=later
    )
    # An unresolved turn whose label is a known name: a restore must not resolve it.
    speaker = Person.objects.order_by("pk").first()
    assert speaker is not None
    unresolved = Turn(label=speaker.name, paragraphs=(Paragraph("Kept unresolved."),))
    withdrawn = _save_with_status(
        store,
        Document(title="Withdrawn", id=900003, body=(unresolved,)),
        Status.PUBLISHED,
        locked_fields=["title"],
        incomplete=True,
    )
    # The store resolved it on the way in; an unresolved one is what the backup must keep.
    Block.objects.filter(event=withdrawn).update(person=None)
    withdrawn.status = Status.WITHDRAWN
    withdrawn.save()
    assert Tombstone.objects.filter(number=900003).exists()
    # A tag printed differently from the person's catalog form.
    tagged = EventPerson.objects.order_by("pk").first()
    assert tagged is not None
    EventPerson.objects.filter(pk=tagged.pk).update(name=tagged.name + " (printed)")
    PersonName.objects.create(
        person=speaker, name="The Chair", normalized="the chair", kind="label", by_editor=True
    )
    photo = Photo.objects.filter(event__number=first.id).order_by("position").first()
    assert photo is not None
    photo.image.save("upload.jpg", ContentFile(b"\xff\xd8 not really a jpeg"))
    default_storage.save("photos/upload-thumb.jpg", ContentFile(b"thumb"))
    editor = get_user_model().objects.create_user("editor", password="a long passphrase 1")
    event = Event.objects.get(number=first.id, language="en")
    revision = Revision.objects.create(
        event=event, user=editor, username="editor", status="published",
        document=load_number(event.number).to_dict(), changed_fields=["lead"],
        summary="Lead changed", note="Corrected a date.", is_correction=True,
    )  # fmt: skip
    Revision.objects.filter(pk=revision.pk).update(created_at=MOMENT)
    AuditEntry.objects.create(
        user=editor, username="editor", action="published", event=event,
        event_number=event.number, event_title=event.title, detail="now",
    )  # fmt: skip
    Tombstone.objects.create(number=424242, language="en", status="deleted", changed_at=MOMENT)


def empty_database(media_root: Path) -> None:
    """What a new, migrated database and an empty media folder look like."""
    Revision.objects.all().delete()
    AuditEntry.objects.all().delete()
    Event.objects.all().delete()
    for model in CONTENT_MODELS:
        model._default_manager.all().delete()
    for path in sorted(media_root.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
