"""`pressroom import` and `pressroom export` on the text versions in tests/data/text."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from pressroom.document import Omission, Turn
from pressroom.events.models import Block, Event, Photo
from pressroom.events.store import load_number
from pressroom.ingest.models import ImportRun

pytestmark = pytest.mark.django_db

TEXT = Path(__file__).resolve().parents[1] / "data" / "text"
SEED = TEXT / "000_24198349c3055b82.txt"
GOOD = sorted(TEXT.glob("*.txt"))
BAD = sorted((TEXT / "bad").glob("*.txt"))


def run(*args: str) -> tuple[str, str, int]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(*args, stdout=out, stderr=err)
        code = 0
    except CommandError as exc:
        err.write(str(exc))
        code = exc.returncode
    return out.getvalue(), err.getvalue(), code


def import_json(*paths: Path) -> list[dict[str, object]]:
    out, _, _ = run("import", *map(str, paths), "--report", "json")
    return [json.loads(line) for line in out.splitlines()]


def seed_number() -> int:
    (result,) = import_json(SEED)
    assert isinstance(result["id"], int)
    return result["id"]


def test_the_seed_exports_back_byte_for_byte() -> None:
    number = seed_number()
    out, _, code = run("export", str(number), "--format", "text")
    assert code == 0
    assert out.encode() == SEED.read_bytes()


def test_the_seed_document_holds_what_its_text_says() -> None:
    doc = load_number(seed_number())
    assert doc.title == "Meeting with President of Kazakhstan Kassym-Jomart Tokayev"
    assert doc.lead.startswith("Vladimir Putin had a meeting with President of Kazakhstan")
    assert (doc.date, doc.time, doc.place) == (dt.date(2023, 10, 7), dt.time(16, 30), "")
    assert doc.gallery is not None and doc.gallery.size == 5
    first = doc.gallery.photos[0]
    assert first.caption == "With President of Kazakhstan Kassym-Jomart Tokayev"
    assert first.credit == "Pavel Bednyakov, RIA Novosti"
    putin, tokayev, omission = doc.body
    assert isinstance(putin, Turn) and isinstance(tokayev, Turn)
    assert (putin.label, len(putin.paragraphs)) == ("President of Russia Vladimir Putin", 6)
    assert (tokayev.label, len(tokayev.paragraphs)) == (
        "President of Kazakhstan Kassym-Jomart Tokayev",
        4,
    )
    assert tokayev.speaker == "Tokayev Kassym-Jomart"
    assert isinstance(omission, Omission)
    (see_also,) = doc.related
    assert [(i.title, i.date) for i in see_also.items] == [
        ("Launch of Russian gas supplies to Uzbekistan via Kazakhstan", dt.date(2023, 10, 7))
    ]
    assert [t.name for t in doc.geography] == ["Kazakhstan"]
    assert [t.name for t in doc.topics] == ["Foreign policy"]
    assert doc.publication.sections == ("News", "Transcripts")
    assert (doc.publication.date, doc.publication.time) == (dt.date(2023, 10, 7), dt.time(16, 30))


def test_the_seed_turn_is_linked_to_the_tagged_person_in_the_database() -> None:
    seed_number()
    turn = Block.objects.get(label="President of Kazakhstan Kassym-Jomart Tokayev")
    assert turn.person is not None and turn.person.tag_name == "Tokayev Kassym-Jomart"
    assert turn.role == "President of Kazakhstan"


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name)
def test_every_good_example_renders_back_byte_for_byte(path: Path) -> None:
    (result,) = import_json(path)
    assert result["status"] == "created"
    language = str(result["language"])
    out, _, _ = run("export", str(result["id"]), "--format", "text", "--language", language)
    assert out.encode() == path.read_bytes()


def test_bad_files_are_rejected_with_file_and_line_while_good_ones_go_in() -> None:
    _, err, code = run("import", *map(str, BAD), str(SEED))
    assert code == 1
    for path in BAD:
        assert f"{path}:" in err
        line = err.split(f"{path}:")[1].split(":")[0]
        assert line.isdigit()
    assert Event.objects.count() == 1


def test_a_rejected_file_stores_nothing() -> None:
    run("import", *map(str, BAD))
    assert not Event.objects.exists()
    assert not Block.objects.exists()
    assert not Photo.objects.exists()


def test_importing_twice_reports_everything_unchanged_and_changes_nothing() -> None:
    first = import_json(*GOOD)
    assert {r["status"] for r in first} == {"created"}
    before = list(Event.objects.values_list("number", "language", "updated_at", "document_hash"))
    blocks = Block.objects.count()
    second = import_json(*GOOD)
    assert {r["status"] for r in second} == {"unchanged"}
    assert (
        list(Event.objects.values_list("number", "language", "updated_at", "document_hash"))
        == before
    )
    assert Block.objects.count() == blocks


def test_a_dry_run_reports_but_stores_nothing() -> None:
    out, _, code = run("import", str(SEED), "--dry-run", "--report", "json")
    assert code == 0
    assert json.loads(out)["status"] == "created"
    assert not Event.objects.exists()
    assert not ImportRun.objects.exists()


def test_each_run_is_recorded_with_its_counts_and_rejects() -> None:
    run("import", str(SEED), str(BAD[0]))
    record = ImportRun.objects.get()
    assert record.counts["created"] == 1
    assert record.counts["rejected"] == 1
    assert record.counts["turns"] == 2
    assert record.rejects[0]["source"] == str(BAD[0])


def test_a_folder_is_read_recursively(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / ".hidden.txt").write_text("junk")
    results = import_json(tmp_path)
    assert [r["status"] for r in results] == ["created"]


def test_json_export_imports_back_unchanged(tmp_path: Path) -> None:
    number = seed_number()
    dump = tmp_path / "seed.json"
    run("export", str(number), "--format", "json", "-o", str(dump))
    assert [r["status"] for r in import_json(dump)] == ["unchanged"]


def test_exporting_an_unknown_id_is_a_clear_error() -> None:
    _, err, code = run("export", "999", "--format", "text")
    assert code != 0
    assert "999" in err


def test_an_unpublished_event_is_never_exported() -> None:
    number = seed_number()
    Event.objects.filter(number=number).update(status="draft")
    _, _, code = run("export", str(number), "--format", "text")
    assert code != 0
    out, _, _ = run("export", "--all", "--format", "jsonl")
    assert "Kassym-Jomart" not in out


def test_standard_input_is_read_with_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(SEED.read_bytes()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    (result,) = import_json(Path("-"))
    assert (result["source"], result["status"]) == ("<stdin>", "created")


def test_a_backup_is_refused_whole_by_import(tmp_path: Path) -> None:
    backup = tmp_path / "backup.jsonl"
    doc = json.dumps({"record": "event", **json.loads(seed_json())})
    backup.write_text(
        '{"record": "dump", "schema": "pressroom.backup/1"}\n' + doc + "\n", encoding="utf-8"
    )
    out, _, code = run("import", str(backup), "--report", "json")
    assert code == 1
    (result,) = [json.loads(line) for line in out.splitlines()]
    assert "pressroom restore" in result["errors"][0]["message"]
    assert not Event.objects.exists()


def seed_json() -> str:
    from pressroom.textformat import parse

    return parse(SEED.read_bytes()).to_json()
