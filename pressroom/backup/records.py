"""The backup's JSON Lines: the jsonl dump's records for everything, whatever its status.

Line 1 is ``{"record": "dump", "schema": "pressroom.backup/1"}``. Then, in this fixed
order so the same database always gives the same bytes:

- ``section``, ``topic``, ``place`` records (every row, with its id), ``person``
  records (the jsonl dump's own writer: ids, names, aliases, posts);
- one ``event`` record per event: the Document's JSON form, its real ``status``, and
  ``row``: what only the database row knows (publication time, lock list, times,
  each photo's stored file);
- ``revision``, ``audit`` and ``tombstone`` records: the desk's history and what the
  API tells mirrors about events that went away.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from pressroom.api.models import Tombstone
from pressroom.desk.models import AuditEntry, Revision
from pressroom.events.models import Event, EventPerson, Photo
from pressroom.events.store import iter_documents
from pressroom.exporters import dump

BACKUP_SCHEMA = "pressroom.backup/1"

#: Event fields a Document does not carry, kept in each event record's ``row``.
ROW_FIELDS = (
    "publish_at",
    "incomplete",
    "locked_fields",
    "source_key",
    "first_imported",
    "last_imported",
    "created_at",
    "updated_at",
)


def line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def plain(value: Any) -> Any:
    """A JSON value whatever the backend: times as ISO text, object keys sorted.

    PostgreSQL's jsonb reorders keys; sorting makes both backends dump the same bytes.
    """
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: plain(value[key]) for key in sorted(value)}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def backup_lines() -> Iterator[str]:
    """Every line of ``dump.jsonl``, streamed: bounded memory for any archive size."""
    yield line({"record": "dump", "schema": BACKUP_SCHEMA})
    for record in catalog_records():
        yield line(record)
    for record in event_records():
        yield line(record)
    for record in history_records():
        yield line(record)


def catalog_records() -> Iterator[dict[str, Any]]:
    return dump.catalog_records(Event.objects.none(), every_row=True)


def event_records(batch_size: int = 500) -> Iterator[dict[str, Any]]:
    pks = list(Event.objects.order_by("number", "language").values_list("pk", flat=True))
    for start in range(0, len(pks), batch_size):
        chunk = pks[start : start + batch_size]
        rows = event_rows(chunk)
        batch = Event.objects.filter(pk__in=chunk).order_by("number", "language")
        statuses = dict(batch.values_list("pk", "status"))
        # The same order on both sides ((number, language) is unique): the pairs line up.
        for pk, doc in zip(chunk, iter_documents(batch), strict=True):
            yield {"record": "event", "status": statuses[pk], "row": rows[pk], **doc.to_dict()}


def event_rows(pks: list[int]) -> dict[int, dict[str, Any]]:
    """What only the rows know of these events, by primary key: a few queries a batch."""
    rows: dict[int, dict[str, Any]] = {}
    for values in Event.objects.filter(pk__in=pks).values("pk", *ROW_FIELDS):
        pk = values.pop("pk")
        rows[pk] = {**plain(values), "persons": [], "photos": []}
    tagged = EventPerson.objects.filter(event_id__in=pks).order_by("event_id", "position")
    for event_id, person_id in tagged.values_list("event_id", "person_id"):
        rows[event_id]["persons"].append(person_id)
    photos = Photo.objects.filter(event_id__in=pks).order_by("event_id", "position")
    for event_id, image, image_url in photos.values_list("event_id", "image", "image_url"):
        rows[event_id]["photos"].append({"image": image, "image_url": image_url})
    return rows


def _event_key(event: Event | None) -> dict[str, Any] | None:
    return None if event is None else {"id": event.number, "language": event.language}


def history_records() -> Iterator[dict[str, Any]]:
    revisions = Revision.objects.select_related("event").order_by("pk")
    for r in revisions.iterator(chunk_size=500):
        yield {
            "record": "revision",
            "id": r.pk,
            "event": _event_key(r.event),
            "created_at": plain(r.created_at),
            "username": r.username,
            "status": r.status,
            "changed_fields": plain(r.changed_fields),
            "summary": r.summary,
            "note": r.note,
            "is_correction": r.is_correction,
            "document": plain(r.document),
        }
    for a in AuditEntry.objects.select_related("event").order_by("pk").iterator(chunk_size=2000):
        yield {
            "record": "audit",
            "id": a.pk,
            "at": plain(a.at),
            "username": a.username,
            "action": a.action,
            "event": _event_key(a.event),
            "event_number": a.event_number,
            "event_title": a.event_title,
            "detail": a.detail,
        }
    for t in Tombstone.objects.order_by("number", "language"):
        yield {
            "record": "tombstone",
            "id": t.number,
            "language": t.language,
            "status": t.status,
            "changed_at": plain(t.changed_at),
        }
