"""The kremlin page fixtures (tests/data/kremlin) and their expected files."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "kremlin"
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "kremlin-en-2020.tar.xz"


def page_paths() -> list[Path]:
    return sorted(FIXTURES.glob("*.html"))


def good_pages() -> list[Path]:
    return [p for p in page_paths() if p.with_suffix(".json").exists()]


def rejected_pages() -> list[Path]:
    return [p for p in page_paths() if p.with_suffix(".error").exists()]
