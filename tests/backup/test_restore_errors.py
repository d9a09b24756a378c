"""A damaged or foreign backup: refused with the line named, and nothing stored."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from pressroom.events.models import Event
from pressroom.people.models import Person
from pressroom.taxonomy.models import Section

pytestmark = pytest.mark.django_db

HEADER = {"record": "dump", "schema": "pressroom.backup/1"}


def folder(tmp_path: Path, *lines: object) -> Path:
    target = tmp_path / "backup"
    target.mkdir()
    text = "".join(json.dumps(x) + "\n" if not isinstance(x, str) else x + "\n" for x in lines)
    (target / "dump.jsonl").write_text(text, encoding="utf-8")
    return target


def restore(source: Path) -> None:
    call_command("restore", str(source), stdout=io.StringIO())


def test_a_readers_dump_is_not_a_backup(tmp_path: Path) -> None:
    source = folder(tmp_path, {"record": "dump", "schema": "pressroom.dump/1"})
    with pytest.raises(CommandError, match=r"dump.jsonl:1: .*pressroom import"):
        restore(source)


def test_a_bad_line_names_its_number_and_stores_nothing(tmp_path: Path) -> None:
    section = {"record": "section", "language": "en", "name": "News", "slug": "news", "id": 1}
    source = folder(tmp_path, HEADER, section, "{not json")
    with pytest.raises(CommandError, match=r"dump.jsonl:3:"):
        restore(source)
    assert not Section.objects.exists()


def test_an_unknown_record_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r":2: unknown record 'gossip'"):
        restore(folder(tmp_path, HEADER, {"record": "gossip"}))


def test_a_record_missing_a_field_names_it(tmp_path: Path) -> None:
    person = {"record": "person", "id": 5, "name": "A B"}
    with pytest.raises(CommandError, match=r":2: missing field 'tag_name'"):
        restore(folder(tmp_path, HEADER, person))
    assert not Person.objects.exists()


def test_an_event_naming_a_person_the_backup_lacks_is_refused(tmp_path: Path) -> None:
    event = {
        "record": "event", "status": "published", "schema": "pressroom.document/1",
        "title": "T", "id": 7, "persons": [{"name": "Nobody Known", "catalog_id": ""}],
        "row": {"source_key": "k", "publish_at": None, "incomplete": False,
                "locked_fields": [], "first_imported": None, "last_imported": None,
                "created_at": None, "updated_at": None, "persons": [], "photos": []},
    }  # fmt: skip
    with pytest.raises(CommandError, match=r":2: person 'Nobody Known'"):
        restore(folder(tmp_path, HEADER, event))
    assert not Event.objects.exists()


def test_a_missing_backup_is_named(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no such backup"):
        restore(tmp_path / "nothing.tar")


def test_a_folder_without_its_dump_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(CommandError, match=r"no dump\.jsonl"):
        restore(tmp_path / "empty")
