"""Properties: documents the text carries survive a round trip; any input is safe."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressroom.document import Document
from pressroom.textformat import ParseError, parse, render
from tests.textformat.regenerate import good_texts
from tests.textformat.strategies import documents

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Whole documents are costly to draw; fewer of them still cover every block kind.
DOCUMENTS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXAMPLE_LINES = [p.read_text(encoding="utf-8").split("\n") for p in good_texts()]
ALL_LINES = [line for lines in EXAMPLE_LINES for line in lines]


def parse_or_reject(data: str | bytes) -> Document | None:
    """parse() returns a Document or raises ParseError: never anything else, never a crash."""
    try:
        return parse(data)
    except ParseError as exc:
        assert isinstance(exc.line, int) and exc.line >= 1
        assert not exc.message.startswith("could not read the text"), exc.message
        return None


@DOCUMENTS
@given(documents())
def test_document_survives_render_and_parse(doc: Document) -> None:
    assert parse(render(doc)) == doc


@DOCUMENTS
@given(documents())
def test_rendered_text_survives_parse_and_render(doc: Document) -> None:
    text = render(doc)
    assert render(parse(text)) == text


@FAST
@given(st.text(max_size=400))
def test_any_text_is_a_document_or_a_parse_error(text: str) -> None:
    parse_or_reject(text)


@FAST
@given(st.binary(max_size=400))
def test_any_bytes_are_a_document_or_a_parse_error(data: bytes) -> None:
    parse_or_reject(data)


@st.composite
def mutated_examples(draw: st.DrawFn) -> str:
    """A real example with lines dropped, repeated, replaced or swapped."""
    lines = list(draw(st.sampled_from(EXAMPLE_LINES)))
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "repeat", "replace", "swap"]))
        if action == "drop" and len(lines) > 1:
            del lines[i]
        elif action == "repeat":
            lines.insert(i, lines[i])
        elif action == "replace":
            lines[i] = draw(st.text(max_size=40) | st.sampled_from(ALL_LINES))
        else:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


@FAST
@given(mutated_examples())
def test_damaged_examples_are_a_document_or_a_parse_error(text: str) -> None:
    parse_or_reject(text)


@FAST
@given(mutated_examples())
def test_whatever_parses_renders_to_a_text_that_parses_the_same(text: str) -> None:
    doc = parse_or_reject(text)
    if doc is not None:
        assert parse(render(doc)) == doc
