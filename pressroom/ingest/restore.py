"""Restoring a dump's catalog records: sections, topics, places and persons, exactly.

A person keeps the id it had (catalog URLs depend on it) unless another person
already holds that id or tag name here; then the existing row is updated. The
reader yields these records as items and the import runner stores them, in order,
before the events that follow; the events themselves are saved with the store's
``RESTORE`` policy (speakers and names as the dump has them).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import DatabaseError, transaction

from pressroom.core.sql import reset_sequences
from pressroom.people.models import Person, PersonName, Post
from pressroom.taxonomy.models import Place, Section, Topic
from pressroom.textformat.names import normalize

DUMP_SCHEMA = "pressroom.dump/1"
CATALOG_RECORDS = ("section", "topic", "place", "person")


def _text(record: dict[str, Any], key: str, limit: int = 300) -> str:
    value = record.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"field {key}: expected a string")
    if len(value) > limit:
        raise ValueError(f"field {key}: longer than {limit} characters")
    return value


def _date(value: Any, key: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"field {key}: not a date (YYYY-MM-DD): {value!r}") from None


def restore_record(record: dict[str, Any]) -> str | None:
    """Store one catalog record; the problem as a message, or None when it went in."""
    kind = record["record"]
    try:
        with transaction.atomic():
            if kind == "section":
                Section.objects.get_or_create(
                    language=_text(record, "language", 2), name=_text(record, "name", 200),
                    defaults={"slug": _text(record, "slug", 100)},
                )  # fmt: skip
            elif kind == "topic":
                topic, _ = Topic.objects.get_or_create(
                    language=_text(record, "language", 2), name=_text(record, "name")
                )
                topic.catalog_id = _text(record, "catalog_id", 40)
                topic.save(update_fields=["catalog_id"])
            elif kind == "place":
                place, _ = Place.objects.get_or_create(
                    language=_text(record, "language", 2), name=_text(record, "name")
                )
                place.kind = _text(record, "kind", 10)
                place.catalog_id = _text(record, "catalog_id", 40)
                place.save(update_fields=["kind", "catalog_id"])
            else:
                _restore_person(record)
    except (ValueError, TypeError, KeyError, DatabaseError) as exc:
        return f"{kind} record not stored: {exc}"
    return None


def _restore_person(record: dict[str, Any]) -> None:
    tag = _text(record, "tag_name")
    pid = record.get("id")
    if isinstance(pid, bool) or not isinstance(pid, int) or pid < 1:
        raise ValueError("field id: expected a positive integer")
    fields = {
        "name": _text(record, "name"),
        "catalog_id": _text(record, "catalog_id", 40),
        "biography": _text(record, "biography", 100_000),
    }
    person = Person.objects.filter(tag_name=tag).first()
    if person is None and not Person.objects.filter(pk=pid).exists():
        person = Person.objects.create(id=pid, tag_name=tag, **fields)
        reset_sequences(Person)
    elif person is None:
        person = Person.objects.create(tag_name=tag, **fields)
    else:
        for key, value in fields.items():
            setattr(person, key, value)
        person.save(update_fields=list(fields))
    for entry in record.get("names", []):
        name = _text(entry, "name")
        PersonName.objects.get_or_create(
            normalized=normalize(name),
            kind=_text(entry, "kind", 10),
            defaults={"person": person, "name": name, "by_editor": bool(entry.get("by_editor"))},
        )
    for entry in record.get("posts", []):
        post, created = Post.objects.get_or_create(
            person=person,
            role=_text(entry, "role"),
            defaults={
                "first_seen": _date(entry.get("first_seen"), "first_seen"),
                "last_seen": _date(entry.get("last_seen"), "last_seen"),
            },
        )
        if not created:
            post.first_seen = _date(entry.get("first_seen"), "first_seen")
            post.last_seen = _date(entry.get("last_seen"), "last_seen")
            post.save(update_fields=["first_seen", "last_seen"])
