"""A few thousand demo documents, generated once per test session."""

from __future__ import annotations

import pytest

from pressroom.demo import generate_documents
from pressroom.document import Document


@pytest.fixture(scope="session")
def archive() -> list[Document]:
    """3,000 events of seed 7 with their Russian versions (about 5 %)."""
    return list(generate_documents(3000, seed=7))


@pytest.fixture(scope="session")
def english(archive: list[Document]) -> list[Document]:
    return [doc for doc in archive if doc.language == "en"]


@pytest.fixture(scope="session")
def russian(archive: list[Document]) -> list[Document]:
    return [doc for doc in archive if doc.language == "ru"]
