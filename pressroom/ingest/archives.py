"""Archives of pages: ``.tar``, ``.tar.gz``, ``.tar.xz``, ``.tar.bz2`` and ``.zip``.

Recognised by their magic bytes, read as a stream (a tar archive is never unpacked to
disk; memory holds one member at a time), and each member is dispatched by its own
content like any other input: an event page, a feed, a text version, an archive inside
an archive. Members that are not documents (images, style sheets, scripts, the site's
other pages) are passed over (logged at INFO), never counted as rejected.
"""

from __future__ import annotations

import logging
import posixpath
import shutil
import tarfile
import tempfile
import zipfile
from collections.abc import Iterator
from typing import BinaryIO

from pressroom.ingest.base import Item, Problem, Reader, register

log = logging.getLogger(__name__)
#: How many archives are open around the member being read (nested archives).
_depth = 0

#: A member larger than this is not a document; it is skipped with a warning.
MAX_MEMBER_BYTES = 64 * 1024 * 1024
#: Archives inside archives are read, but not without end.
MAX_DEPTH = 3

_GZIP = b"\x1f\x8b"
_XZ = b"\xfd7zXZ\x00"
_BZIP2 = b"BZh"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
#: Members that are never documents: the assets a saved site carries along.
_ASSET_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".css", ".js", ".woff",
     ".woff2", ".ttf", ".eot", ".mp4", ".webm", ".mp3", ".pdf", ".map", ".xsl"}
)  # fmt: skip


def _is_tar(head: bytes) -> bool:
    return len(head) >= 262 and head[257:262] == b"ustar"


def sniff(head: bytes, name: str) -> bool:
    if head.startswith((_GZIP, _XZ, *_ZIP)) or _is_tar(head):
        return True
    return head.startswith(_BZIP2) and len(head) > 3 and head[3:4].isdigit()


def read(stream: BinaryIO, name: str) -> Iterator[Item]:
    head = _peek(stream)
    if head.startswith(_ZIP):
        yield from _read_zip(stream, name)
    else:
        yield from _read_tar(stream, name)


def _peek(stream: BinaryIO) -> bytes:
    peek = getattr(stream, "peek", None)
    return peek(8)[:8] if peek is not None else b""


def _read_tar(stream: BinaryIO, name: str) -> Iterator[Item]:
    try:
        with tarfile.open(fileobj=stream, mode="r|*") as tar:
            for member in tar:
                if not member.isfile():
                    continue
                if _skipped(name, member.name, member.size):
                    continue
                handle = tar.extractfile(member)
                if handle is None:
                    continue
                data = handle.read()
                yield from _dispatch(data, f"{name}:{member.name}")
    except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
        yield Item(source=name, problem=Problem(f"broken archive: {exc}"))


def _read_zip(stream: BinaryIO, name: str) -> Iterator[Item]:
    # A zip's directory is at its end: it needs a seekable file. Spool a stream that
    # is not one (standard input, a member of another archive) to a temporary file.
    with _seekable(stream) as handle:
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            yield Item(source=name, problem=Problem(f"broken archive: {exc}"))
            return
        with archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                if _skipped(name, info.filename, info.file_size):
                    continue
                try:
                    data = archive.read(info)
                except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
                    member = f"{name}:{info.filename}"
                    yield Item(source=member, problem=Problem(f"broken archive member: {exc}"))
                    continue
                yield from _dispatch(data, f"{name}:{info.filename}")


class _seekable:
    """The stream itself when it can seek, else a spooled temporary copy."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.copy: tempfile.SpooledTemporaryFile[bytes] | None = None

    def __enter__(self) -> BinaryIO:
        try:
            if self.stream.seekable():
                return self.stream
        except (OSError, ValueError):
            pass
        self.copy = tempfile.SpooledTemporaryFile(max_size=MAX_MEMBER_BYTES)
        shutil.copyfileobj(self.stream, self.copy)
        self.copy.seek(0)
        return self.copy  # type: ignore[return-value]

    def __exit__(self, *exc: object) -> None:
        if self.copy is not None:
            self.copy.close()


def _skipped(archive: str, member: str, size: int) -> bool:
    suffix = posixpath.splitext(member)[1].casefold()
    if suffix in _ASSET_SUFFIXES or size > MAX_MEMBER_BYTES:
        log.info("%s:%s: skipped, not a document", archive, member)
        return True
    return False


#: Rejections that only mean "this member is not a document": a saved site holds
#: photo pages, indexes and the like beside its event pages.
_NOT_A_DOCUMENT = ("not an event page", "not a format pressroom reads", "empty")


_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"RIFF",
    b"%PDF",
    b"\x00\x00\x01\x00",
    b"wOF",
)


def _binary(head: bytes) -> bool:
    """An image, font or other binary member without a telling suffix."""
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


def _dispatch(data: bytes, name: str) -> Iterator[Item]:
    from pressroom.ingest.dispatch import read_bytes

    global _depth
    if _depth >= MAX_DEPTH:
        yield Item(source=name, problem=Problem(f"archives nested deeper than {MAX_DEPTH}"))
        return
    if not sniff(data[:4096], name) and _binary(data[:4096]):
        log.info("%s: skipped, binary and not an archive", name)
        return
    _depth += 1
    try:
        for item in read_bytes(data, name):
            problem = item.problem
            if problem is not None and problem.message.startswith(_NOT_A_DOCUMENT):
                log.info("%s: skipped, %s", item.source, problem.message)
                continue
            yield item
    finally:
        _depth -= 1


register(
    Reader(
        name="archive",
        sniff=sniff,
        read=read,
        priority=10,
        description="a .tar, .tar.gz, .tar.xz, .tar.bz2 or .zip archive of pages or texts",
    )
)
