"""pressroom dump and restore: everything out, everything back, byte for byte."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from pressroom.api.models import Tombstone
from pressroom.desk.models import AuditEntry, Revision
from pressroom.events.models import Event, Photo, Status
from pressroom.people.models import Person, PersonName
from pressroom.taxonomy.models import Topic
from tests.backup.conftest import empty_database

pytestmark = pytest.mark.django_db


def dump(target: Path) -> Path:
    call_command("dump", str(target), stdout=io.StringIO())
    return target


def restore(source: Path) -> str:
    out = io.StringIO()
    call_command("restore", str(source), stdout=out)
    return out.getvalue()


def records(backup: Path) -> list[dict[str, object]]:
    with tarfile.open(backup) as tar:
        stream = tar.extractfile("dump.jsonl")
        assert stream is not None
        return [json.loads(line) for line in stream]


@pytest.mark.parametrize("name", ["backup.tar", "backup.tar.gz", "backup-folder"])
def test_dump_restore_dump_is_byte_identical(
    full_archive: None, media_root: Path, tmp_path: Path, name: str
) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first = dump(tmp_path / "one" / name)
    empty_database(media_root)
    restore(first)
    second = dump(tmp_path / "two" / name)
    if first.is_dir():
        files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
        assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
        assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)
    else:
        assert first.read_bytes() == second.read_bytes()


def test_the_same_database_dumps_to_the_same_bytes(full_archive: None, tmp_path: Path) -> None:
    assert dump(tmp_path / "a.tar").read_bytes() == dump(tmp_path / "b.tar").read_bytes()


def test_the_backup_holds_every_event_whatever_its_status(
    full_archive: None, tmp_path: Path
) -> None:
    found = {
        (r["id"], r["language"]): r["status"]
        for r in records(dump(tmp_path / "b.tar"))
        if r["record"] == "event"
    }
    assert len(found) == Event.objects.count()
    assert found[(900001, "en")] == "draft"
    assert found[(900002, "en")] == "scheduled"
    assert found[(900003, "en")] == "withdrawn"


def test_the_backup_holds_unused_catalog_rows_history_and_media(
    full_archive: None, tmp_path: Path
) -> None:
    Topic.objects.create(language="en", name="A topic no event uses yet")
    backup = dump(tmp_path / "b.tar")
    kinds = [r["record"] for r in records(backup)]
    assert {"section", "topic", "place", "person", "event", "revision", "audit", "tombstone"} <= (
        set(kinds)
    )
    assert any(r.get("name") == "A topic no event uses yet" for r in records(backup))
    with tarfile.open(backup) as tar:
        names = tar.getnames()
    assert names[0] == "dump.jsonl"
    uploaded = Photo.objects.exclude(image="").get().image.name
    assert f"media/{uploaded}" in names
    assert "media/photos/upload-thumb.jpg" in names


def test_tar_members_carry_no_time_or_owner_of_this_machine(
    full_archive: None, tmp_path: Path
) -> None:
    with tarfile.open(dump(tmp_path / "b.tar")) as tar:
        members = tar.getmembers()
    assert {(m.mtime, m.uid, m.gid, m.uname, m.gname, m.mode) for m in members} == {
        (0, 0, 0, "", "", 0o644)
    }


def test_restore_brings_back_statuses_locks_persons_history_and_files(
    full_archive: None, media_root: Path, tmp_path: Path
) -> None:
    person_ids = sorted(Person.objects.values_list("pk", flat=True))
    revision_ids = list(Revision.objects.values_list("pk", flat=True))
    backup = dump(tmp_path / "b.tar")
    empty_database(media_root)
    message = restore(backup)
    assert "Restored" in message
    withdrawn = Event.objects.get(number=900003)
    assert (withdrawn.status, withdrawn.locked_fields, withdrawn.incomplete) == (
        Status.WITHDRAWN, ["title"], True,
    )  # fmt: skip
    assert withdrawn.blocks.get().person is None  # left unresolved, as it was
    assert sorted(Person.objects.values_list("pk", flat=True)) == person_ids
    assert PersonName.objects.filter(by_editor=True, name="The Chair").exists()
    assert list(Revision.objects.values_list("pk", flat=True)) == revision_ids
    assert Revision.objects.get().user is not None  # linked again to the user "editor"
    assert AuditEntry.objects.count() == 1
    assert set(Tombstone.objects.values_list("number", flat=True)) == {900003, 424242}
    photo = Photo.objects.exclude(image="").get()
    assert photo.image.read() == b"\xff\xd8 not really a jpeg"
    assert (media_root / "photos/upload-thumb.jpg").read_bytes() == b"thumb"


def test_restored_events_are_searchable_again(
    full_archive: None, media_root: Path, tmp_path: Path
) -> None:
    from pressroom.search.models import EventText

    indexed = EventText.objects.count()
    assert indexed > 0
    backup = dump(tmp_path / "b.tar")
    empty_database(media_root)
    restore(backup)
    assert EventText.objects.count() == indexed


def test_new_rows_after_a_restore_get_fresh_ids(
    full_archive: None, media_root: Path, tmp_path: Path
) -> None:
    backup = dump(tmp_path / "b.tar")
    highest = max(Person.objects.values_list("pk", flat=True))
    empty_database(media_root)
    restore(backup)
    assert Person.objects.create(name="New", tag_name="New Person").pk > highest


def test_restore_refuses_a_database_that_is_not_empty(full_archive: None, tmp_path: Path) -> None:
    backup = dump(tmp_path / "b.tar")
    before = Event.objects.count()
    with pytest.raises(CommandError, match="not empty"):
        restore(backup)
    assert Event.objects.count() == before


def test_dump_never_overwrites_a_file(full_archive: None, tmp_path: Path) -> None:
    target = tmp_path / "b.tar"
    target.write_bytes(b"precious")
    with pytest.raises(CommandError, match="already exists"):
        dump(target)
    assert target.read_bytes() == b"precious"


def test_dump_refuses_a_folder_that_is_not_empty(full_archive: None, tmp_path: Path) -> None:
    (tmp_path / "f").mkdir()
    (tmp_path / "f" / "other.txt").write_text("x")
    with pytest.raises(CommandError, match="not empty"):
        dump(tmp_path / "f")
