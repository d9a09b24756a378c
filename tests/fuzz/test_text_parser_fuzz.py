"""The text version parser under damaged real inputs: a Document or a ParseError, quickly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressroom.document import Document
from pressroom.textformat import ParseError, parse, render
from tests.fuzz.conftest import HUGE_PROFILE, PROFILE, run_for_share
from tests.fuzz.mutations import TEXTS, damaged, wall_bound


def parsed_or_rejected(data: bytes | str) -> Document | ParseError:
    with wall_bound():
        try:
            doc = parse(data)
        except ParseError as exc:
            assert exc.args and str(exc)  # a rejection says why
            return exc
        # What the parser accepts the renderer can write back.
        assert isinstance(render(doc), str)
        return doc


@PROFILE
@given(data=damaged(TEXTS))
def _damaged_bytes(data: bytes) -> None:
    parsed_or_rejected(data)


@PROFILE
@given(data=damaged(TEXTS))
def _damaged_text(data: bytes) -> None:
    parsed_or_rejected(data.decode("utf-8", errors="surrogateescape"))


@HUGE_PROFILE
@given(data=damaged(TEXTS, huge=True))
def _huge(data: bytes) -> None:
    parsed_or_rejected(data)


@PROFILE
@given(data=st.binary(max_size=2048) | st.text(max_size=2048))
def _noise(data: bytes | str) -> None:
    parsed_or_rejected(data)


@pytest.mark.fuzz_search
def test_damaged_text_versions_are_parsed_or_cleanly_rejected() -> None:
    run_for_share(_damaged_bytes)


@pytest.mark.fuzz_search
def test_damaged_text_given_as_str_is_parsed_or_cleanly_rejected() -> None:
    run_for_share(_damaged_text)


@pytest.mark.fuzz_search
def test_huge_text_versions_are_rejected_quickly() -> None:
    run_for_share(_huge)


@pytest.mark.fuzz_search
def test_random_noise_is_parsed_or_cleanly_rejected() -> None:
    run_for_share(_noise)


def test_every_fixture_parses_or_is_rejected_as_it_is() -> None:
    for data in TEXTS:
        parsed_or_rejected(data)
