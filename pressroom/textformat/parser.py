"""Text version -> Document (the layout in docs/text-format.md).

The text is located outside in: the section word fixes the language, the last
``Publication status`` line ends the content, the tail blocks before it are found
by shape. Values are then read top to bottom, the body after the tail because the
Persons tags are evidence for its speaker labels.
"""

from __future__ import annotations

from pressroom.document import Document, Source, TextLayout
from pressroom.textformat.body import TextBodyReader
from pressroom.textformat.errors import ParseError
from pressroom.textformat.header import parse_header
from pressroom.textformat.keywords import ENGLISH, RUSSIAN, Keywords
from pressroom.textformat.source import split_lines
from pressroom.textformat.tail import find_tail_start, parse_publication, parse_tail
from pressroom.textformat.values import shorten


def _keywords(lines: list[str]) -> Keywords:
    first = lines[0]
    if first == RUSSIAN.section_word:
        return RUSSIAN
    if first == ENGLISH.section_word:
        return ENGLISH
    # An unusual section word: the closing keywords tell the language.
    closing = {RUSSIAN.status, RUSSIAN.text_version}
    return RUSSIAN if any(line in closing for line in lines) else ENGLISH


def _status_index(lines: list[str], kw: Keywords) -> int:
    for i in range(len(lines) - 1, 0, -1):
        if lines[i] == kw.status:
            return i
    raise ParseError(
        len(lines),
        f"expected the publication block ({kw.status!r}) before the end of the text",
    )


def _parse(data: str | bytes) -> Document:
    source = split_lines(data)
    lines = source.lines
    kw = _keywords(lines)
    section_word = lines[0]
    if not section_word.strip():
        raise ParseError(1, f"expected the section word ({kw.section_word!r}) on the first line")
    status = _status_index(lines, kw)
    if status < 2 or not lines[1].strip():
        raise ParseError(2, "expected the title on the second line")
    # Shapes first, values top to bottom: the first error reported is the earliest.
    tail_start = find_tail_start(lines, 2, status, kw)
    header = parse_header(lines, tail_start, kw)
    tail = parse_tail(lines, tail_start, status, kw)
    reader = TextBodyReader([tag.name for tag in tail.persons])
    body = reader.read(lines, header.end, tail_start)
    publication, event_id = parse_publication(lines, status, kw)
    return Document(
        title=lines[1],
        language=kw.language,
        id=event_id,
        section_word=section_word,
        lead=header.lead,
        date=header.date,
        time=header.time,
        place=header.place,
        gallery=header.gallery,
        body=body,
        related=tuple(tail.related),
        geography=tuple(tail.geography),
        topics=tuple(tail.topics),
        persons=tuple(tail.persons),
        publication=publication,
        source=Source(format="text"),
        text_layout=TextLayout(final_newline=source.final_newline),
    )


def parse(text: str | bytes, *, source: str = "") -> Document:
    """Read one text version; raise ParseError (only) when it is not one.

    ``source`` names the input (a file name) and is kept on the error for reports.
    """
    try:
        return _parse(text)
    except ParseError as exc:
        exc.source = source
        raise
    except (RecursionError, MemoryError):
        raise ParseError(1, "the text is too large or too deeply nested to read") from None
    except Exception as exc:  # the contract: a Document or a ParseError, nothing else
        raise ParseError(
            1, f"could not read the text ({type(exc).__name__}: {shorten(str(exc))})"
        ) from exc


__all__ = ["parse"]
