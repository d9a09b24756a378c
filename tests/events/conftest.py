from __future__ import annotations

import pytest

from pressroom.document import Document
from tests.factories import BODY, sample_document


@pytest.fixture
def document() -> Document:
    """A small event holding one of everything the store maps (two turns: the
    Governor's and a question)."""
    return sample_document(body=BODY[:5])
