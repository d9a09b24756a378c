"""The same arguments give the same archive; ids and dates follow a fixed order."""

from __future__ import annotations

import datetime as dt
import inspect
import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from pressroom.demo import END_DATE, generate_documents
from pressroom.document import Document


def _json(docs: list[Document]) -> list[str]:
    return [doc.to_json() for doc in docs]


def test_same_seed_gives_the_same_documents() -> None:
    first = list(generate_documents(300, seed=11))
    second = list(generate_documents(300, seed=11))
    assert _json(first) == _json(second)


def test_different_seeds_give_different_documents() -> None:
    assert _json(list(generate_documents(50, seed=1))) != _json(
        list(generate_documents(50, seed=2))
    )


def test_the_generator_is_lazy() -> None:
    documents = generate_documents(10**9)
    assert inspect.isgenerator(documents)
    assert next(documents).id == 1


def test_english_ids_are_consecutive_from_start_id(english: list[Document]) -> None:
    docs = [d for d in generate_documents(200, seed=3, start_id=5000) if d.language == "en"]
    assert [d.id for d in docs] == list(range(5000, 5200))


def test_a_russian_version_follows_its_english_event(archive: list[Document]) -> None:
    russian_positions = [i for i, doc in enumerate(archive) if doc.language == "ru"]
    assert russian_positions
    for i in russian_positions:
        assert archive[i - 1].language == "en"
        assert archive[i - 1].id == archive[i].id
        assert archive[i - 1].date == archive[i].date


def test_newer_ids_have_newer_or_equal_dates_and_times(english: list[Document]) -> None:
    moments = [dt.datetime.combine(d.date, d.time) for d in english if d.date and d.time]
    assert len(moments) == len(english)
    assert all(a <= b for a, b in pairwise(moments))


def test_dates_span_about_twenty_years_ending_on_the_fixed_date(english: list[Document]) -> None:
    first, last = english[0].date, english[-1].date
    assert first is not None and last is not None
    assert last <= END_DATE
    assert (END_DATE - last).days <= 7
    assert 19 <= (last - first).days / 365.25 <= 21


def test_english_documents_do_not_depend_on_the_russian_share() -> None:
    with_russian = [d for d in generate_documents(400, seed=4, russian_share=0.5)]
    without = list(generate_documents(400, seed=4, russian_share=0.0))
    assert _json([d for d in with_russian if d.language == "en"]) == _json(without)


def test_a_share_of_one_gives_every_event_in_russian_too() -> None:
    docs = list(generate_documents(40, seed=2, russian_share=1.0))
    assert [d.language for d in docs] == ["en", "ru"] * 40


def test_zero_events_give_nothing() -> None:
    assert list(generate_documents(0)) == []


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"n": -1}, "n"), ({"n": 5, "russian_share": 1.5}, "russian_share")],
)
def test_bad_arguments_are_rejected_naming_the_argument(kwargs: dict, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        list(generate_documents(**kwargs))


def test_the_archive_does_not_depend_on_string_hashing() -> None:
    # Sets of names must never decide an order: another process, another hash seed.
    script = (
        "import hashlib\n"
        "from pressroom.demo import generate_documents\n"
        "h = hashlib.sha256()\n"
        "for d in generate_documents(300, seed=2, russian_share=0.3, extras=True):\n"
        "    h.update(d.to_json().encode())\n"
        "print(h.hexdigest())\n"
    )
    root = Path(__file__).resolve().parents[2]
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": str(hash_seed), "PYTHONPATH": str(root)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for hash_seed in (1, 2)
    }
    assert len(digests) == 1
