"""Reading ahead in a child process gives the items reading in this process gives."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

from pressroom.document import Document
from pressroom.ingest import dispatch, readahead

PAGES = Path(__file__).resolve().parents[1] / "data" / "kremlin"


def tar_of(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def pages(count: int) -> dict[str, bytes]:
    found = sorted(PAGES.glob("*.html"))[:count]
    return {p.name: p.read_bytes() for p in found}


def summary(items: list) -> list[tuple[str, int | None, str | None]]:  # type: ignore[type-arg]
    return [
        (i.source, i.document.id if i.document else None, i.problem and i.problem.message)
        for i in items
    ]


def document_json(number: int) -> bytes:
    return json.dumps(Document(title=f"Event {number}", id=number).to_dict()).encode()


def test_an_archive_of_pages_reads_the_same_ahead_as_in_process(tmp_path: Path) -> None:
    archive = str(tar_of(tmp_path / "pages.tar.gz", pages(6)))
    assert readahead.available([archive])
    ahead = list(readahead.read_ahead([archive]))
    assert summary(ahead) == summary(list(dispatch.read_paths([archive])))
    assert [i.document for i in ahead] == [i.document for i in dispatch.read_paths([archive])]


def test_a_json_member_reads_the_same_ahead_as_in_process(tmp_path: Path) -> None:
    members = {**pages(2), "event.json": document_json(77), "broken.html": b"<html>nothing"}
    archive = str(tar_of(tmp_path / "mixed.tar.gz", members))
    ahead = list(readahead.read_ahead([archive]))
    assert summary(ahead) == summary(list(dispatch.read_paths([archive])))
    assert any(i.document is not None and i.document.id == 77 for i in ahead)


def test_a_dump_reads_ahead_as_items_the_runner_stores(tmp_path: Path) -> None:
    # Readers never write: a dump's catalog records travel as items like its events.
    dump = tmp_path / "dump.jsonl"
    person = {"record": "person", "id": 3, "name": "Anna Lindqvist", "tag_name": "Lindqvist Anna"}
    lines = [{"record": "dump", "schema": "pressroom.dump/1"}, person]
    dump.write_bytes(b"\n".join(json.dumps(r).encode() for r in lines) + b"\n" + document_json(5))
    assert readahead.available([str(dump)])
    ahead = list(readahead.read_ahead([str(dump)]))
    assert [i.record.fields if i.record else None for i in ahead] == [person, None]
    assert ahead[1].document is not None and ahead[1].document.id == 5


def test_standard_input_is_read_in_process() -> None:
    assert not readahead.available(["-"])


def test_a_failure_while_reading_ahead_is_raised_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(paths: list[str]) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(dispatch, "read_paths", broken)
    with pytest.raises(RuntimeError, match="disk gone"):
        list(readahead.read_ahead([str(tmp_path)]))
