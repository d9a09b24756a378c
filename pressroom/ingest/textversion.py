"""The text version (docs/text-format.md): the reader every unrecognised input falls to."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from pressroom.ingest.base import Item, Problem, Reader, register
from pressroom.textformat import ParseError, parse

#: A text version is a few kilobytes; the largest real transcript is under 1 MB.
MAX_BYTES = 5 * 1024 * 1024


def read(stream: BinaryIO, name: str) -> Iterator[Item]:
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        yield Item(source=name, problem=Problem("larger than 5 MB: not a text version", line=1))
        return
    try:
        document = parse(data, source=name)
    except ParseError as exc:
        yield Item(source=name, problem=Problem(exc.message, line=exc.line))
        return
    yield Item(source=name, document=document)


register(
    Reader(
        name="text",
        sniff=lambda head, name: True,
        read=read,
        priority=90,
        description="the text version of an event (docs/text-format.md)",
    )
)
