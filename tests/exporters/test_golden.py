"""Every export format of the seed event, checked against golden files.

After an intended change, regenerate them with
``PRESSROOM_REGENERATE_GOLDEN=1 .venv/bin/pytest tests/exporters/test_golden.py``
and review the diff.
"""

from __future__ import annotations

import os

import pytest

from pressroom.events.models import Event
from tests.exporters.conftest import GOLDEN, export

# Golden files hold row ids (the dump's person ids): start every sequence afresh, as
# PostgreSQL does not reset them when a test's transaction is rolled back.
pytestmark = pytest.mark.django_db(transaction=True, reset_sequences=True)

FORMATS = {
    "json": "seed.json",
    "jsonl": "seed.jsonl",
    "txt": "seed.txt",
    "akn": "seed.akn.xml",
    "tei": "seed.tei.xml",
    "csv": "seed.events.csv",
    "sqlite": "seed.sql",
}


@pytest.mark.parametrize("format_name", sorted(FORMATS))
def test_the_seed_exports_as_its_golden_file(format_name: str, seed_event: Event) -> None:
    produced = export(str(seed_event.number), "--format", format_name)
    golden = GOLDEN / FORMATS[format_name]
    if os.environ.get("PRESSROOM_REGENERATE_GOLDEN"):
        golden.write_bytes(produced.encode("utf-8"))
    assert produced == golden.read_bytes().decode("utf-8")


def test_the_seed_text_version_is_the_seed_itself(seed_event: Event) -> None:
    from tests.exporters.conftest import SEED

    produced = export(str(seed_event.number), "--format", "txt")
    assert produced == SEED.read_bytes().decode("utf-8")
