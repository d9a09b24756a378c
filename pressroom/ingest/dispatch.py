"""Find the reader for each input by its content, not its file name.

The readers register themselves when the ingest app is ready (``pressroom.ingest.formats``);
the archive reader hands each member back to ``read_bytes``.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from pressroom.ingest.base import REGISTRY, Item, Problem

SNIFF_BYTES = 4096


def read_stream(stream: BinaryIO, name: str) -> Iterator[Item]:
    """Yield the items of one input, whatever its format (text, JSON, HTML, archive...)."""
    head = _peek(stream)
    for reader in REGISTRY:
        if reader.sniff(head, name):
            yield from reader.read(stream, name)
            return
    kind = "empty" if not head.strip() else "not a format pressroom reads"
    yield Item(source=name, problem=Problem(f"{kind} (see docs/import.md)", line=1))


def _peek(stream: BinaryIO) -> bytes:
    if hasattr(stream, "peek"):
        try:
            return stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
        except (OSError, ValueError):
            pass
    head = stream.read(SNIFF_BYTES)
    if stream.seekable():
        stream.seek(-len(head), os.SEEK_CUR)
        return head
    raise ValueError("unreadable stream")  # pragma: no cover - every caller passes a buffered one


def read_bytes(data: bytes, name: str) -> Iterator[Item]:
    """``read_stream`` for an input already in memory (standard input, an archive member)."""
    yield from read_stream(io.BufferedReader(io.BytesIO(data)), name)  # type: ignore[arg-type]


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files as given, folders recursively in name order, ``-`` for standard input."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield str(child)
        else:
            yield raw


def read_paths(paths: Iterable[str]) -> Iterator[Item]:
    for name in expand_paths(paths):
        if name == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>")
            continue
        try:
            handle = open(name, "rb")  # noqa: SIM115 - closed below, after the generator ends
        except OSError as exc:
            yield Item(source=name, problem=Problem(f"cannot read: {exc.strerror}"))
            continue
        with handle:
            yield from read_stream(handle, name)
