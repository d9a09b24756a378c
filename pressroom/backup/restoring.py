"""Put a backup's records back into an empty database, exactly as they were dumped.

Events go through the store (so the search index and caches follow) with its
``BACKUP`` policy: the persons the backup names, nothing learned or resolved on the
way, and what only the rows know (times, locks, photo files) given as row fields.
A restored archive dumps back to the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from django.contrib.auth import get_user_model
from django.db import DatabaseError, models, transaction

from pressroom.api.models import Tombstone
from pressroom.backup.records import BACKUP_SCHEMA
from pressroom.core.sql import reset_sequences
from pressroom.desk.models import AuditEntry, Revision
from pressroom.document import Document, DocumentError
from pressroom.events.models import Event
from pressroom.events.store import BACKUP, RowFields, Store
from pressroom.people.models import Person, PersonName, Post
from pressroom.taxonomy.models import Place, Section, Topic
from pressroom.textformat.names import normalize

#: What must be empty before a restore, and the rows a restore writes.
CONTENT_MODELS: tuple[type[models.Model], ...] = (
    Event,
    Person,
    PersonName,
    Post,
    Topic,
    Place,
    Section,
    Revision,
    AuditEntry,
    Tombstone,
)
#: Rows restored with their own ids: their sequences move past them afterwards.
KEPT_ID_MODELS: tuple[type[models.Model], ...] = (
    Section,
    Topic,
    Place,
    Person,
    Revision,
    AuditEntry,
)
#: Keys of an event record that are not the Document's.
EVENT_KEYS = ("record", "status", "row")
#: Event columns a backup's ``row`` gives as they were (``source_key`` is the store's key).
ROW_COLUMNS = ("incomplete", "locked_fields")
ROW_MOMENTS = ("publish_at", "first_imported", "last_imported", "created_at", "updated_at")


class RestoreError(Exception):
    """Why a restore stopped; names the line of dump.jsonl when it is about one."""


def tables_with_rows() -> list[str]:
    """The content tables that already hold something (a restore needs none)."""
    return [m._meta.db_table for m in CONTENT_MODELS if m._default_manager.exists()]


def _moment(value: Any) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def _day(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


class Restorer:
    def __init__(self) -> None:
        self.store = Store()
        self.counts: Counter[str] = Counter()
        self.users = {u.get_username(): u for u in get_user_model().objects.all()}
        self._handlers: dict[str, Callable[[dict[str, Any]], None]] = {
            "section": self.section,
            "topic": self.topic,
            "place": self.place,
            "person": self.person,
            "event": self.event,
            "revision": self.revision,
            "audit": self.audit,
            "tombstone": self.tombstone,
        }

    def record(self, record: Any) -> None:
        if not isinstance(record, dict):
            raise ValueError("a record is a JSON object")
        kind = record.get("record")
        if not isinstance(kind, str) or kind not in self._handlers:
            raise ValueError(f"unknown record {kind!r}")
        handler = self._handlers[kind]
        handler(record)
        self.counts[kind] += 1

    def section(self, r: dict[str, Any]) -> None:
        Section.objects.create(id=r["id"], language=r["language"], name=r["name"], slug=r["slug"])

    def topic(self, r: dict[str, Any]) -> None:
        Topic.objects.create(
            id=r["id"], language=r["language"], name=r["name"], catalog_id=r["catalog_id"]
        )

    def place(self, r: dict[str, Any]) -> None:
        Place.objects.create(
            id=r["id"],
            language=r["language"],
            name=r["name"],
            kind=r["kind"],
            catalog_id=r["catalog_id"],
        )

    def person(self, r: dict[str, Any]) -> None:
        person = Person.objects.create(
            id=r["id"],
            name=r["name"],
            tag_name=r["tag_name"],
            catalog_id=r["catalog_id"],
            biography=r["biography"],
        )
        PersonName.objects.bulk_create(
            PersonName(
                person=person,
                name=n["name"],
                normalized=normalize(n["name"]),
                kind=n["kind"],
                by_editor=n["by_editor"],
            )
            for n in r["names"]
        )
        Post.objects.bulk_create(
            Post(
                person=person,
                role=p["role"],
                first_seen=_day(p["first_seen"]),
                last_seen=_day(p["last_seen"]),
            )
            for p in r["posts"]
        )

    def event(self, r: dict[str, Any]) -> None:
        doc = Document.from_dict({k: v for k, v in r.items() if k not in EVENT_KEYS})
        row = r["row"]
        columns = {name: row[name] for name in ROW_COLUMNS}
        columns.update({name: _moment(row[name]) for name in ROW_MOMENTS})
        fields = RowFields(
            person_ids=tuple(row["persons"]),
            photo_files=tuple(photo["image"] for photo in row["photos"]),
            columns=columns,
        )
        self.store.save(doc, BACKUP, key=row["source_key"], status=r["status"], row=fields)

    def _event(self, key: Any) -> Event | None:
        if key is None:
            return None
        return Event.objects.get(number=key["id"], language=key["language"])

    def _required_event(self, key: Any) -> Event:
        event = self._event(key)
        if event is None:
            raise ValueError("field event: a revision belongs to an event")
        return event

    def revision(self, r: dict[str, Any]) -> None:
        revision = Revision.objects.create(
            id=r["id"],
            event=self._required_event(r["event"]),
            user=self.users.get(r["username"]),
            username=r["username"],
            status=r["status"],
            document=r["document"],
            changed_fields=r["changed_fields"],
            summary=r["summary"],
            note=r["note"],
            is_correction=r["is_correction"],
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=_moment(r["created_at"]))

    def audit(self, r: dict[str, Any]) -> None:
        entry = AuditEntry.objects.create(
            id=r["id"],
            user=self.users.get(r["username"]),
            username=r["username"],
            action=r["action"],
            event=self._event(r["event"]),
            event_number=r["event_number"],
            event_title=r["event_title"],
            detail=r["detail"],
        )
        AuditEntry.objects.filter(pk=entry.pk).update(at=_moment(r["at"]))

    def tombstone(self, r: dict[str, Any]) -> None:
        Tombstone.objects.create(
            number=r["id"],
            language=r["language"],
            status=r["status"],
            changed_at=dt.datetime.fromisoformat(r["changed_at"]),
        )


def restore_lines(lines: Iterable[bytes | str], source: str = "dump.jsonl") -> Counter[str]:
    """Restore every record of a backup's JSON Lines, all or nothing; counts per record kind."""
    if tables_with_rows():
        raise RestoreError(
            "the database is not empty (" + ", ".join(tables_with_rows()) + "); "
            "restore into a new, migrated database"
        )
    restorer = Restorer()
    lineno = 0
    with transaction.atomic():
        for lineno, raw in enumerate(lines, 1):
            text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            if not text.strip():
                continue
            try:
                record = json.loads(text)
                if lineno == 1:
                    _check_header(record)
                    continue
                restorer.record(record)
            except DocumentError as exc:
                raise RestoreError(f"{source}:{lineno}: field {exc.field}: {exc.message}") from exc
            except (ValueError, KeyError, TypeError, DatabaseError) as exc:
                what = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
                raise RestoreError(f"{source}:{lineno}: {what}") from exc
        if lineno == 0:
            raise RestoreError(f"{source}: empty; not a backup")
        reset_sequences(*KEPT_ID_MODELS)
    return restorer.counts


def _check_header(record: Any) -> None:
    schema = record.get("schema") if isinstance(record, dict) else None
    if not isinstance(record, dict) or record.get("record") != "dump":
        raise ValueError("not a backup: line 1 is not a dump header")
    if schema != BACKUP_SCHEMA:
        raise ValueError(
            f"schema {schema!r} is not {BACKUP_SCHEMA!r} (a readers' dump? use pressroom import)"
        )
