"""A pasted transcript -> a Document with speakers resolved, and the rows an editor reviews.

Two shapes are read: a whole text version (first line the section word, e.g.
"Events"), read by the text version parser; or a body alone, "Label: text" lines,
read by the same body reader, blank lines ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from pressroom.document import Block, Document, Turn
from pressroom.people.directory import PersonDirectory
from pressroom.textformat import ParseError, parse
from pressroom.textformat.body import TextBodyReader
from pressroom.textformat.keywords import ENGLISH, RUSSIAN
from pressroom.textformat.source import split_lines

SECTION_WORDS = (ENGLISH.section_word, RUSSIAN.section_word)
PREVIEW_CHARS = 160


@dataclass(frozen=True)
class ReviewRow:
    """One body block as the review table shows it."""

    kind: str
    label: str
    speaker: str
    role: str
    paragraphs: int
    opening: str
    resolved: bool


def is_text_version(source: str) -> bool:
    first = next((line.strip() for line in source.splitlines() if line.strip()), "")
    return first in SECTION_WORDS


def read_paste(source: str, *, title: str = "") -> Document:
    """The Document a paste describes; ParseError names the line when it cannot be read."""
    if is_text_version(source):
        doc = parse(source.lstrip("\n"), source="pasted text")
        return replace(
            doc, title=title.strip() or doc.title, source=replace(doc.source, format="desk")
        )
    lines = [line.strip() for line in split_lines(source).lines if line.strip()]
    if not lines:
        raise ParseError(1, "the text is empty")
    body = TextBodyReader([]).read(lines, 0, len(lines))
    return Document(title=title.strip() or "Untitled draft", body=body)


def resolve_speakers(doc: Document, directory: PersonDirectory | None = None) -> Document:
    """Link each unresolved turn to a person already known by the label's name."""
    directory = directory or PersonDirectory()
    body: list[Block] = []
    for block in doc.body:
        if isinstance(block, Turn) and block.speaker is None:
            person, role = directory.resolve_label(block.label)
            if person is not None:
                block = replace(block, speaker=person.tag_name, role=block.role or role)
        body.append(block)
    return replace(doc, body=tuple(body))


def review_rows(doc: Document) -> list[ReviewRow]:
    rows = []
    for block in doc.body:
        if isinstance(block, Turn):
            text = block.paragraphs[0].text if block.paragraphs else ""
            rows.append(
                ReviewRow(
                    kind="turn",
                    label=block.label,
                    speaker=block.speaker or "",
                    role=block.role,
                    paragraphs=len(block.paragraphs),
                    opening=text[:PREVIEW_CHARS],
                    resolved=block.speaker is not None,
                )
            )
        elif block.kind == "narrative":
            text = block.paragraph.text  # type: ignore[union-attr]
            rows.append(ReviewRow("narrative", "", "", "", 1, text[:PREVIEW_CHARS], True))
        else:
            rows.append(ReviewRow(block.kind, "", "", "", 0, "", True))
    return rows
