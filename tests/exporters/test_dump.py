from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.db import transaction

from pressroom.document import Document
from pressroom.events.models import Event
from pressroom.ingest.runner import run_import
from pressroom.people.models import Person, PersonName, Post
from pressroom.taxonomy.models import Place, Section, Topic
from tests.conftest import needs_corpus
from tests.exporters.conftest import export

pytestmark = pytest.mark.django_db


def _empty_database() -> None:
    Event.objects.all().delete()
    for model in (PersonName, Post, Person, Topic, Place, Section):
        model.objects.all().delete()


def test_the_dump_starts_with_its_header_then_catalog_records_then_events(
    demo_archive: list[Document],
) -> None:
    records = [json.loads(line) for line in export("--all", "--format", "jsonl").splitlines()]
    assert records[0] == {"record": "dump", "schema": "pressroom.dump/1"}
    kinds = [r["record"] for r in records[1:]]
    first_event = kinds.index("event")
    assert set(kinds[:first_event]) == {"section", "topic", "place", "person"}
    assert set(kinds[first_event:]) == {"event"}
    assert all(r["status"] == "published" for r in records if r["record"] == "event")


def test_dump_import_dump_is_byte_identical(demo_archive: list[Document], tmp_path: Path) -> None:
    first = export("--all", "--format", "jsonl")
    dump = tmp_path / "archive.jsonl"
    dump.write_text(first, encoding="utf-8")
    _empty_database()
    report = run_import([str(dump)])
    assert report.ok, report.rejects
    assert export("--all", "--format", "jsonl") == first


def test_a_dump_keeps_person_ids_aliases_and_posts(
    demo_archive: list[Document], tmp_path: Path
) -> None:
    person = Person.objects.filter(posts__isnull=False).first()
    assert person is not None
    person.biography = "Edited by hand."
    person.save()
    before = (person.pk, sorted(person.names.values_list("name", "kind")), person.posts.count())
    dump = tmp_path / "archive.jsonl"
    dump.write_text(export("--all", "--format", "jsonl"), encoding="utf-8")
    _empty_database()
    assert run_import([str(dump)]).ok
    again = Person.objects.get(tag_name=person.tag_name)
    after = (again.pk, sorted(again.names.values_list("name", "kind")), again.posts.count())
    assert after == before
    assert again.biography == "Edited by hand."


def test_drafts_are_absent_from_the_dump(demo_archive: list[Document]) -> None:
    text = export("--all", "--format", "jsonl")
    assert "secret" not in text.lower()


def test_an_unknown_record_is_rejected_with_its_line(db: None, tmp_path: Path) -> None:
    dump = tmp_path / "bad.jsonl"
    dump.write_text(
        '{"record": "dump", "schema": "pressroom.dump/1"}\n{"record": "planet", "name": "Mars"}\n',
        encoding="utf-8",
    )
    report = run_import([str(dump)])
    assert report.counts["rejected"] == 1
    assert report.rejects[0].problems[0].line == 2


def test_a_person_record_with_a_bad_id_is_rejected(db: None, tmp_path: Path) -> None:
    dump = tmp_path / "bad.jsonl"
    record = {"record": "person", "id": "seven", "name": "A B", "tag_name": "B A"}
    dump.write_text(
        '{"record": "dump", "schema": "pressroom.dump/1"}\n' + json.dumps(record) + "\n",
        encoding="utf-8",
    )
    report = run_import([str(dump)])
    assert "field id" in report.rejects[0].problems[0].message
    assert not Person.objects.exists()


@pytest.mark.corpus
@pytest.mark.slow
@needs_corpus
def test_the_real_corpus_dumps_and_restores_byte_identically(db: None, tmp_path: Path) -> None:
    from tests.conftest import CORPUS

    try:
        from pressroom.ingest import kremlin  # noqa: F401  (the HTML reader)
    except ImportError:
        pytest.fail("the kremlin.ru HTML reader is missing")
    empty = transaction.savepoint()
    report = run_import([str(CORPUS)])
    assert report.counts["created"] > 0
    first = export("--all", "--format", "jsonl")
    dump = tmp_path / "corpus.jsonl"
    dump.write_text(first, encoding="utf-8")
    # Back to the empty database the corpus went into. Undoing the import is instant;
    # deleting 6,500 events row by row took a fifth of the test.
    transaction.savepoint_rollback(empty)
    assert not Event.objects.exists()
    assert run_import([str(dump)]).ok
    assert export("--all", "--format", "jsonl") == first


def test_a_restore_keeps_turns_the_archive_left_unresolved(db: None, tmp_path: Path) -> None:
    import datetime as dt

    from pressroom.document import Paragraph, Tag, Turn
    from pressroom.events.store import Store

    def event(number: int, speaker: str | None, tags: tuple[Tag, ...]) -> Document:
        turn = Turn(label="Anna Lindqvist", paragraphs=(Paragraph("Hello."),), speaker=speaker)
        return Document(id=number, title=f"Event {number}", date=dt.date(2024, 1, number),
                        body=(turn,), persons=tags)  # fmt: skip

    store = Store()
    # Saved before anyone knew the name: the first event's turn stays unresolved.
    store.save(event(1, None, ()))
    store.save(event(2, "Lindqvist Anna", (Tag("Lindqvist Anna"),)))
    first = export("--all", "--format", "jsonl")
    dump = tmp_path / "archive.jsonl"
    dump.write_text(first, encoding="utf-8")
    _empty_database()
    assert run_import([str(dump)]).ok
    assert export("--all", "--format", "jsonl") == first
