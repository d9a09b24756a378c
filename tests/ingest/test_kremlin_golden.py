"""Golden files: each fixture page parses to exactly its expected Document or error.

After an intended change, regenerate with ``.venv/bin/python -m tests.ingest.regenerate``
and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pressroom.document import Document
from pressroom.ingest.kremlin import PageError, parse_page
from tests.ingest.kremlin_fixtures import FIXTURES, good_pages, page_paths, rejected_pages
from tests.ingest.regenerate import fixtures


def test_there_are_at_least_sixty_fixture_pages() -> None:
    assert len(page_paths()) >= 60


def test_every_fixture_page_has_one_expected_file() -> None:
    for page in page_paths():
        expected = [page.with_suffix(s).exists() for s in (".json", ".error")]
        assert expected.count(True) == 1, page.name


def test_fixture_pages_are_what_the_builder_writes() -> None:
    built = dict(fixtures())
    on_disk = {p.stem: p.read_bytes() for p in page_paths()}
    assert built == on_disk


@pytest.mark.parametrize("page", good_pages(), ids=lambda p: p.stem)
def test_page_parses_to_its_expected_document(page: Path) -> None:
    expected = Document.from_json(page.with_suffix(".json").read_text(encoding="utf-8"))
    assert parse_page(page.read_bytes(), page.name) == expected


@pytest.mark.parametrize("page", good_pages(), ids=lambda p: p.stem)
def test_expected_json_is_the_documents_own_json(page: Path) -> None:
    text = page.with_suffix(".json").read_text(encoding="utf-8")
    assert Document.from_json(text).to_json(indent=2) + "\n" == text


@pytest.mark.parametrize("page", rejected_pages(), ids=lambda p: p.stem)
def test_page_is_rejected_with_its_expected_message(page: Path) -> None:
    expected = page.with_suffix(".error").read_text(encoding="utf-8").strip()
    with pytest.raises(PageError) as caught:
        parse_page(page.read_bytes(), page.name)
    assert str(caught.value) == expected


def test_fixture_folder_holds_no_stray_expected_files() -> None:
    stems = {p.stem for p in page_paths()}
    for expected in [*FIXTURES.glob("*.json"), *FIXTURES.glob("*.error")]:
        assert expected.stem in stems, expected.name
