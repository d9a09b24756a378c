"""A Document's JSON form, one object, or JSON Lines with one record a line.

JSON Lines may be a full dump (docs/exports.md): a ``dump`` header, catalog
records (``section``, ``topic``, ``place``, ``person``) and ``event`` records.
The reader stores nothing: catalog records are yielded as items, which the import
runner stores before the events that follow them, so persons keep their ids, names,
aliases and posts; a dump's events are saved with the store's ``RESTORE`` policy.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from pressroom.document import SCHEMA, Document, DocumentError
from pressroom.events.store import IMPORT, RESTORE, SavePolicy
from pressroom.ingest.base import CatalogRecord, Item, Problem, Reader, register
from pressroom.ingest.restore import CATALOG_RECORDS, DUMP_SCHEMA

MAX_LINE_BYTES = 20 * 1024 * 1024


def sniff(head: bytes, name: str) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"{") and b'"schema"' in head


def read(stream: BinaryIO, name: str) -> Iterator[Item]:
    """JSON Lines are read a line at a time, so a dump of any size streams."""
    lineno = 0
    policy = IMPORT
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
        item = _item(record, name, lineno, policy)
        if item is None:
            policy = RESTORE  # a dump's header: its events are stored as the dump has them
            continue
        yield item
        if _is_header(record):
            # A header not ours (a backup, a newer dump): none of what follows is safe
            # to import, and a backup's drafts must never be published by an import.
            return


def _is_header(record: object) -> bool:
    return isinstance(record, dict) and record.get("record") == "dump"


def _single(text: str, name: str) -> Iterator[Item]:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Item(source=name, problem=Problem(f"not JSON: {exc.msg}", line=exc.lineno))
        return
    item = _item(record, name, 1, IMPORT)
    if item is not None:
        yield item


def _item(record: object, name: str, line: int, policy: SavePolicy) -> Item | None:
    """The event or catalog record a line holds, or the problem with it; None for a
    dump's header."""
    if isinstance(record, dict) and "record" in record:
        kind = record["record"]
        if kind in CATALOG_RECORDS:
            return Item(source=name, record=CatalogRecord(record, line))
        if kind == "dump":
            schema = record.get("schema")
            if schema == DUMP_SCHEMA:
                return None
            message = f"unknown dump schema {schema!r} (expected {DUMP_SCHEMA})"
            if str(schema).startswith("pressroom.backup/"):
                message = "a pressroom backup: load it with `pressroom restore`, not import"
            return Item(source=name, problem=Problem(message, line))
        if kind != "event":
            return Item(source=name, problem=Problem(f"unknown record {kind!r}", line))
    if isinstance(record, dict) and record.get("schema") not in (None, SCHEMA):
        problem = Problem(f"unknown schema {record.get('schema')!r} (expected {SCHEMA})", line)
        return Item(source=name, problem=problem)
    try:
        document = Document.from_dict(record)
    except DocumentError as exc:
        return Item(source=name, problem=Problem(f"field {exc.field}: {exc.message}", line))
    return Item(source=name, document=document, policy=policy)


register(
    Reader(
        name="json",
        sniff=sniff,
        read=read,
        priority=40,
        description="a Document's JSON form (pressroom.document/1), JSON Lines of them, "
        "or a full dump (pressroom.dump/1)",
    )
)
