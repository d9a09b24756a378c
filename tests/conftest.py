"""Shared fixtures: paths to the project's test data and to the real corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "kremlin-en-2020.tar.xz"

needs_corpus = pytest.mark.skipif(
    not CORPUS.exists(), reason="the real corpus (../shared/corpus) is not present"
)


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def text_dir() -> Path:
    return DATA / "text"
