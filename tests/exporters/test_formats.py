from __future__ import annotations

import asyncio
import csv
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from pressroom import exporters
from pressroom.document import Document
from pressroom.exporters.csvformat import EVENT_COLUMNS, TURN_COLUMNS
from tests.conftest import kept_for_module
from tests.exporters.conftest import SCHEMAS, export, save_demo_archive

# One worker saves the demo archive once for the module.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("exporters-formats")]


@pytest.fixture(scope="module")
def demo_archive(django_db_setup: None, django_db_blocker: Any) -> Iterator[list[Document]]:
    """Saved once: every test here only reads it."""
    with kept_for_module(django_db_blocker):
        yield save_demo_archive()


@pytest.fixture(scope="module")
def akn_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "akn" / "akomantoso30.xsd")))


@pytest.fixture(scope="module")
def tei_schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMAS / "tei" / "pressroom-parlamint.rng")))


def test_every_demo_event_is_valid_akoma_ntoso(
    demo_archive: list[Document], akn_schema: etree.XMLSchema, tmp_path: Path
) -> None:
    export("--all", "--format", "akn", "-o", str(tmp_path))
    files = sorted(tmp_path.glob("*.akn.xml"))
    assert len(files) == len(demo_archive)
    for path in files:
        assert akn_schema.validate(etree.parse(str(path))), (path.name, akn_schema.error_log)


def test_every_demo_event_is_valid_parlamint_tei(
    demo_archive: list[Document], tei_schema: etree.RelaxNG, tmp_path: Path
) -> None:
    export("--all", "--format", "tei", "-o", str(tmp_path))
    files = sorted(tmp_path.glob("*.tei.xml"))
    assert len(files) == len(demo_archive)
    for path in files:
        assert tei_schema.validate(etree.parse(str(path))), (path.name, tei_schema.error_log)


def test_the_seed_validates_in_both_xml_formats(
    seed_document: Document, akn_schema: etree.XMLSchema, tei_schema: etree.RelaxNG
) -> None:
    akn = exporters.get("akn").render_one(seed_document).encode()
    tei = exporters.get("tei").render_one(seed_document).encode()
    assert akn_schema.validate(etree.fromstring(akn)), akn_schema.error_log
    assert tei_schema.validate(etree.fromstring(tei)), tei_schema.error_log


def test_akn_speeches_point_at_declared_persons_and_roles(seed_document: Document) -> None:
    root = etree.fromstring(exporters.get("akn").render_one(seed_document).encode())
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    declared = {e.get("eId") for e in root.iterfind(".//a:references/*", ns)}
    speeches = root.findall(".//a:speech", ns)
    assert len(speeches) == len(seed_document.turns)
    for speech in speeches:
        assert speech.get("by")[1:] in declared
        if speech.get("as"):
            assert speech.get("as")[1:] in declared
    assert root.find(".//a:omissis", ns) is not None


def test_control_characters_never_break_the_xml(seed_document: Document) -> None:
    import dataclasses

    odd = dataclasses.replace(seed_document, title="Bell\x07 and\x00 null")
    for name in ("akn", "tei"):
        etree.fromstring(exporters.get(name).render_one(odd).encode())


def test_csv_writes_an_events_table_and_a_turns_table(
    demo_archive: list[Document], tmp_path: Path
) -> None:
    export("--all", "--format", "csv", "-o", str(tmp_path))
    with (tmp_path / "events.csv").open(encoding="utf-8", newline="") as f:
        events = list(csv.reader(f))
    with (tmp_path / "turns.csv").open(encoding="utf-8", newline="") as f:
        turns = list(csv.reader(f))
    assert tuple(events[0]) == EVENT_COLUMNS
    assert tuple(turns[0]) == TURN_COLUMNS
    assert len(events) - 1 == len(demo_archive)
    assert len(turns) - 1 == sum(len(d.turns) for d in demo_archive)
    resolved = [row for row in turns[1:] if row[TURN_COLUMNS.index("speaker")]]
    assert resolved and all(row[TURN_COLUMNS.index("person_id")] for row in resolved)


def test_the_sqlite_file_has_full_text_search(demo_archive: list[Document], tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite"
    export("--all", "--format", "sqlite", "-o", str(path))
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == len(demo_archive)
    word = demo_archive[0].title.split()[0]
    hits = db.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH ?", (word,))
    assert hits.fetchone()[0] >= 1
    assert db.execute("SELECT count(*) FROM turns_fts").fetchone()[0] > 0


def test_datasette_opens_the_sqlite_file_as_it_is(
    demo_archive: list[Document], tmp_path: Path
) -> None:
    from datasette.app import Datasette

    path = tmp_path / "archive.sqlite"
    export("--all", "--format", "sqlite", "-o", str(path))

    async def fetch() -> dict[str, object]:
        ds = Datasette([str(path)])
        response = await ds.client.get("/archive/events.json?_search=the&_shape=objects")
        assert response.status_code == 200, response.text
        return response.json()

    assert asyncio.run(fetch())["rows"]


def test_drafts_are_absent_from_every_format(demo_archive: list[Document], tmp_path: Path) -> None:
    for name in ("json", "jsonl", "txt", "csv"):
        assert "secret" not in export("--all", "--format", name).lower()
    export("--all", "--format", "sqlite", "-o", str(tmp_path / "a.sqlite"))
    db = sqlite3.connect(tmp_path / "a.sqlite")
    assert db.execute("SELECT count(*) FROM events WHERE title LIKE '%secret%'").fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM persons WHERE tag_name LIKE '%Secret%'").fetchone() == (
        0,
    )
    export("--all", "--format", "tei", "-o", str(tmp_path / "tei"))
    assert not any("990001" in p.name for p in (tmp_path / "tei").iterdir())


def test_export_filters_select_events(demo_archive: list[Document]) -> None:
    topic = demo_archive[0].topics[0].name
    lines = export("--format", "jsonl", "--topic", topic).splitlines()
    events = [line for line in lines if '"record": "event"' in line]
    expected = [d for d in demo_archive if topic in {t.name for t in d.topics}]
    assert len(events) == len(expected)
    day = demo_archive[0].date
    assert day is not None
    on_day = [d for d in demo_archive if d.date == day]
    by_date = export("--format", "csv", "--from", day.isoformat(), "--to", day.isoformat())
    assert len(by_date.splitlines()) - 1 == len(on_day)
    russian = export("--format", "csv", "--all", "--language", "ru")
    assert len(russian.splitlines()) - 1 == sum(1 for d in demo_archive if d.language == "ru")


def test_file_formats_refuse_standard_output_for_many_events(
    demo_archive: list[Document],
) -> None:
    from django.core.management.base import CommandError

    for name in ("sqlite", "akn", "tei"):
        with pytest.raises(CommandError, match="-o"):
            export("--all", "--format", name)


def test_a_bad_date_filter_names_the_option(demo_archive: list[Document]) -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--from"):
        export("--format", "json", "--from", "yesterday")
