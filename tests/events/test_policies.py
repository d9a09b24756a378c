"""What each save policy of the store means, and that the store is the one writer."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from pressroom.document import Document, Paragraph, Tag, Turn
from pressroom.events.models import Event
from pressroom.events.store import BACKUP, DESK, IMPORT, RESTORE, SavePolicy, Store, load_number
from pressroom.ingest.runner import run_import
from pressroom.people.models import Person, PersonName, Post

pytestmark = pytest.mark.django_db

PACKAGE = Path(__file__).resolve().parents[2] / "pressroom"
#: The tables an event's content lives in.
EVENT_TABLES = {"Event", "Block", "Photo", "RelatedLink", "EventPerson", "EventTopic",
                "EventPlace", "EventSection"}  # fmt: skip
#: Writes of event rows outside the store, each for a reason that is not the Document:
#: publication moves (status, publish time), the preview's rolled-back publication, and
#: an editor's label mapping applied to every stored turn at once.
NOT_THE_DOCUMENT = {"desk/workflow.py", "desk/preview.py", "events/management/commands/people.py"}
WRITES = {"update", "create", "delete", "bulk_create", "bulk_update", "get_or_create",
          "update_or_create"}  # fmt: skip


def _turn(label: str, speaker: str | None = None, role: str = "") -> Turn:
    return Turn(label=label, paragraphs=(Paragraph("Thank you."),), speaker=speaker, role=role)


def _event(number: int, *body: Turn, persons: tuple[Tag, ...] = ()) -> Document:
    return Document(
        id=number, title=f"Event {number}", date=dt.date(2024, 3, 1), body=body, persons=persons
    )


@pytest.fixture
def known() -> Person:
    """A person the archive knows by the label 'Anna Lindqvist'."""
    Store().save(_event(1, _turn("Anna Lindqvist", "Lindqvist Anna")))
    return Person.objects.get(tag_name="Lindqvist Anna")


def test_an_import_resolves_a_known_label(known: Person) -> None:
    Store().save(_event(2, _turn("Anna Lindqvist")), IMPORT)
    assert load_number(2).turns[0].speaker == "Lindqvist Anna"


def test_a_restore_keeps_a_speaker_label_unresolved_as_given(known: Person) -> None:
    Store().save(_event(2, _turn("Anna Lindqvist")), RESTORE)
    assert load_number(2).turns[0].speaker is None


def test_a_restore_learns_no_alias_and_no_post(known: Person) -> None:
    names, posts = PersonName.objects.count(), Post.objects.count()
    Store().save(_event(2, _turn("Minister Anna L.", "Lindqvist Anna", role="Minister")), RESTORE)
    assert (PersonName.objects.count(), Post.objects.count()) == (names, posts)
    assert load_number(2).turns[0].speaker == "Lindqvist Anna"


def test_an_import_learns_the_label_and_the_post(known: Person) -> None:
    Store().save(_event(2, _turn("Minister Anna L.", "Lindqvist Anna", role="Minister")))
    assert known.names.filter(name="Minister Anna L.").exists()
    assert known.posts.filter(role="Minister").exists()


def test_a_backup_creates_no_person(db: None) -> None:
    with pytest.raises(ValueError, match="Holm Erik"):
        Store().save(_event(2, _turn("Erik Holm", "Holm Erik")), BACKUP)
    assert not Person.objects.exists() and not Event.objects.exists()


def test_a_desk_save_locks_the_edited_fields(known: Person) -> None:
    stored = load_number(1)
    Store().save(dataclasses.replace(stored, lead="Corrected by an editor."), DESK)
    assert Event.objects.get(number=1).locked_fields == ["lead"]


def test_a_desk_save_overrides_what_an_earlier_desk_save_locked(known: Person) -> None:
    stored = load_number(1)
    Store().save(dataclasses.replace(stored, lead="First correction."), DESK)
    Store().save(dataclasses.replace(stored, lead="Second correction."), DESK)
    assert load_number(1).lead == "Second correction."
    # An import does not: the lead stays the editor's.
    Store().save(dataclasses.replace(stored, lead="From the source again."), IMPORT)
    assert load_number(1).lead == "Second correction."


def test_policies_are_values_no_state_is_kept_between_saves() -> None:
    # Thread safety by construction: a policy is a frozen value passed with each save.
    with pytest.raises(dataclasses.FrozenInstanceError):
        RESTORE.resolve_speakers = True  # type: ignore[misc]
    assert SavePolicy() == IMPORT


def test_a_rejected_restore_leaves_nothing_behind(known: Person, tmp_path: Path) -> None:
    # A dump's event checked on a dry run, never saved; then the same event imported
    # as a plain document is resolved as any import is.
    dump = tmp_path / "dump.jsonl"
    header = {"record": "dump", "schema": "pressroom.dump/1"}
    event = {**_event(2, _turn("Anna Lindqvist")).to_dict(), "record": "event"}
    dump.write_text(json.dumps(header) + "\n" + json.dumps(event) + "\n", encoding="utf-8")
    assert run_import([str(dump)], dry_run=True).ok
    plain = tmp_path / "event.json"
    plain.write_text(json.dumps(_event(2, _turn("Anna Lindqvist")).to_dict()), encoding="utf-8")
    assert run_import([str(plain)]).ok
    assert load_number(2).turns[0].speaker == "Lindqvist Anna"


def _event_row_writes(path: Path) -> list[str]:
    """Calls that write an event table: ``Model.objects...write()``, bulk inserts, and
    ``.save()`` or ``.delete()`` on an ``event``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id.startswith("insert_"):
            table = ast.unparse(node.args[0]).replace("m.", "") if node.args else ""
            if table in EVENT_TABLES:
                found.append(f"{path}:{node.lineno}: {ast.unparse(node)}")
            continue
        if not isinstance(node.func, ast.Attribute):
            continue
        text = ast.unparse(node.func)
        names = {part.split("(")[0] for part in text.replace("m.", "").split(".")}
        if (node.func.attr in WRITES and "objects" in names and names & EVENT_TABLES) or (
            ast.unparse(node.func.value) == "event" and node.func.attr in ("save", "delete")
        ):
            found.append(f"{path}:{node.lineno}: {text}")
    return found


def test_no_module_but_the_store_writes_event_rows() -> None:
    assert all((PACKAGE / path).is_file() for path in NOT_THE_DOCUMENT)  # none moved unseen
    writes = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if "migrations" in relative or relative in NOT_THE_DOCUMENT:
            continue
        if relative in ("events/store.py", "events/bulk.py"):
            continue
        writes += _event_row_writes(path)
    assert writes == []
