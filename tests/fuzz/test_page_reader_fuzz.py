"""The kremlin page reader under damaged real pages: a Document or a PageError, quickly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressroom.document import Document
from pressroom.ingest.kremlin import PageError, parse_page
from tests.fuzz.conftest import HUGE_PROFILE, PROFILE, run_for_share
from tests.fuzz.mutations import PAGES, damaged, wall_bound


def read_or_rejected(data: bytes) -> Document | PageError:
    with wall_bound():
        try:
            doc = parse_page(data, "fuzzed.html")
        except PageError as exc:
            assert str(exc)  # a rejection says why
            return exc
        # Whatever comes out is a valid Document that survives its JSON form.
        assert doc.title
        assert Document.from_json(doc.to_json()) == doc
        return doc


@PROFILE
@given(data=damaged(PAGES))
def _damaged(data: bytes) -> None:
    read_or_rejected(data)


@HUGE_PROFILE
@given(data=damaged(PAGES, huge=True))
def _huge(data: bytes) -> None:
    read_or_rejected(data)


@PROFILE
@given(
    data=st.binary(max_size=4096)
    | st.builds(lambda body: b"<!DOCTYPE html><html>" + body + b"</html>", st.binary(max_size=2048))
)
def _noise(data: bytes) -> None:
    read_or_rejected(data)


@pytest.mark.fuzz_search
def test_damaged_pages_are_read_or_cleanly_rejected() -> None:
    run_for_share(_damaged)


@pytest.mark.fuzz_search
def test_huge_pages_are_rejected_quickly() -> None:
    run_for_share(_huge)


@pytest.mark.fuzz_search
def test_random_noise_is_cleanly_rejected() -> None:
    run_for_share(_noise)


def test_every_fixture_page_is_read_or_rejected_as_it_is() -> None:
    for data in PAGES:
        read_or_rejected(data)
