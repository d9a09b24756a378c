"""Damaged pages give a Document or a PageError, never another exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressroom.document import Document
from pressroom.ingest.kremlin import PageError, parse_page
from tests.ingest.kremlin_fixtures import good_pages

PAGES = [p.read_bytes() for p in good_pages()]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def outcome(data: bytes) -> Document | PageError:
    try:
        doc = parse_page(data, "mutated.html")
    except PageError as exc:
        return exc
    assert doc.title
    Document.from_json(doc.to_json())  # whatever comes out is a valid Document
    return doc


@SETTINGS
@given(page=st.sampled_from(PAGES), cut=st.floats(0, 1))
def test_truncated_page(page: bytes, cut: float) -> None:
    outcome(page[: int(len(page) * cut)])


@SETTINGS
@given(
    page=st.sampled_from(PAGES),
    edits=st.lists(st.tuples(st.floats(0, 1), st.binary(max_size=8)), min_size=1, max_size=12),
)
def test_bytes_replaced(page: bytes, edits: list[tuple[float, bytes]]) -> None:
    data = bytearray(page)
    for where, new in edits:
        at = int(len(data) * where)
        data[at : at + len(new)] = new
    outcome(bytes(data))


@SETTINGS
@given(
    page=st.sampled_from(PAGES),
    where=st.floats(0, 1),
    markup=st.sampled_from(
        [b"<p>", b"</p>", b"<b>", b"</b>", b":", b"</div>", b"<div class=\"read__cut\">",
         b"<a class=\"person_tag\" href=\"/catalog/persons/x\">", b"</article>", b"<!--",
         b"&lt;\xe2\x80\xa6&gt;", b"<p>* * *</p>", b"<time datetime=\"2031-02-30\">"]
    ),
)  # fmt: skip
def test_markup_inserted(page: bytes, where: float, markup: bytes) -> None:
    at = int(len(page) * where)
    outcome(page[:at] + markup + page[at:])


@SETTINGS
@given(page=st.sampled_from(PAGES), encoding=st.sampled_from(["utf-16", "cp1251", "latin-1"]))
def test_re_encoded_page(page: bytes, encoding: str) -> None:
    outcome(page.decode("utf-8").encode(encoding, errors="replace"))


@SETTINGS
@given(st.binary(max_size=2048))
def test_arbitrary_bytes(data: bytes) -> None:
    outcome(data)
