"""A Document's JSON form, one object, or JSON Lines with one record a line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from pressroom.document import SCHEMA, Document, DocumentError
from pressroom.ingest.base import Item, Problem, Reader, register

MAX_LINE_BYTES = 20 * 1024 * 1024


def sniff(head: bytes, name: str) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"{") and b'"schema"' in head


def read(stream: BinaryIO, name: str) -> Iterator[Item]:
    """JSON Lines are read a line at a time, so a dump of any size streams."""
    lineno = 0
    for raw in stream:
        lineno += 1
        if len(raw) > MAX_LINE_BYTES:
            yield Item(source=name, problem=Problem("record larger than 20 MB", line=lineno))
            continue
        line = raw.decode("utf-8-sig", errors="replace").strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            if lineno == 1 or not line.startswith("{"):
                # A pretty-printed single object spans many lines.
                rest = stream.read(MAX_LINE_BYTES)
                yield from _single(line + "\n" + rest.decode("utf-8", errors="replace"), name)
                return
            yield Item(source=name, problem=Problem(f"not JSON: {exc.msg}", line=lineno))
            continue
        yield _item(record, name, lineno)


def _single(text: str, name: str) -> Iterator[Item]:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Item(source=name, problem=Problem(f"not JSON: {exc.msg}", line=exc.lineno))
        return
    yield _item(record, name, 1)


def _item(record: object, name: str, line: int) -> Item:
    if isinstance(record, dict) and record.get("schema") not in (None, SCHEMA):
        problem = Problem(f"unknown schema {record.get('schema')!r} (expected {SCHEMA})", line)
        return Item(source=name, problem=problem)
    try:
        document = Document.from_dict(record)
    except DocumentError as exc:
        return Item(source=name, problem=Problem(f"field {exc.field}: {exc.message}", line))
    return Item(source=name, document=document)


register(
    Reader(
        name="json",
        sniff=sniff,
        read=read,
        priority=40,
        description="a Document's JSON form (pressroom.document/1), or JSON Lines of them",
    )
)
