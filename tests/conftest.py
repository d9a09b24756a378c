"""Shared fixtures: paths to the project's test data and to the real corpus, and where
screenshots go."""

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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--screenshots",
        metavar="DIR",
        help="save the browser tests' screenshots in DIR (docs/screenshots renews the docs' "
        "pictures); by default they go to a temporary folder",
    )


@pytest.fixture(scope="session")
def screenshots(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the browser tests save screenshots: never the working tree unless asked."""
    chosen = request.config.getoption("screenshots")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def text_dir() -> Path:
    return DATA / "text"
