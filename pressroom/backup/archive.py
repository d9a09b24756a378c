"""The backup on disk: ``dump.jsonl`` and ``media/...``, in a tar file or a folder.

A name ending in ``.tar``, ``.tar.gz`` or ``.tgz`` is a tar file; anything else is a
folder. Tar members carry no times, owners or modes of this machine, so the same
database always gives the same bytes (a backup can be compared with ``cmp``).
Media files are read from and written to the configured storage, whatever it is.
"""

from __future__ import annotations

import gzip
import io
import shutil
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from django.core.files.base import File
from django.core.files.storage import Storage, default_storage

from pressroom.backup.records import backup_lines

DUMP_NAME = "dump.jsonl"
MEDIA_DIR = "media"
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz")


@dataclass(frozen=True)
class Written:
    lines: int
    media_files: int


def is_tar(path: Path) -> bool:
    return path.name.endswith(TAR_SUFFIXES)


def media_names(storage: Storage = default_storage, folder: str = "") -> Iterator[str]:
    """Every file in the media storage, sorted: ``photos/2020/01/a.jpg``."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for sub in sorted(folders):
        yield from media_names(storage, f"{folder}/{sub}" if folder else sub)


def write_backup(target: Path, storage: Storage = default_storage) -> Written:
    if is_tar(target):
        return _write_tar(target, storage)
    return _write_folder(target, storage)


def _write_dump(out: IO[str]) -> int:
    count = 0
    for text in backup_lines():
        out.write(text)
        count += 1
    return count


def _write_folder(target: Path, storage: Storage) -> Written:
    if target.exists() and any(target.iterdir()):
        raise FileExistsError(f"{target}: the folder is not empty")
    target.mkdir(parents=True, exist_ok=True)
    with open(target / DUMP_NAME, "w", encoding="utf-8", newline="") as out:
        lines = _write_dump(out)
    count = 0
    for name in media_names(storage):
        path = target / MEDIA_DIR / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with storage.open(name, "rb") as src, open(path, "wb") as dst:
            shutil.copyfileobj(src, dst)
        count += 1
    return Written(lines, count)


def _member(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, 0, 0o644
    return info


def _write_tar(target: Path, storage: Storage) -> Written:
    with tempfile.TemporaryFile("w+b") as dump:
        text = io.TextIOWrapper(dump, encoding="utf-8", newline="")
        lines = _write_dump(text)
        text.flush()
        size = dump.tell()
        dump.seek(0)
        with (
            open(target, "wb") as raw,
            _compressed(raw, target) as out,
            tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar,
        ):
            tar.addfile(_member(DUMP_NAME, size), dump)
            count = 0
            for name in media_names(storage):
                with storage.open(name, "rb") as src:
                    tar.addfile(_member(f"{MEDIA_DIR}/{name}", storage.size(name)), src)
                count += 1
        text.detach()
    return Written(lines, count)


@contextmanager
def _compressed(raw: IO[bytes], target: Path) -> Iterator[IO[bytes]]:
    if target.name.endswith(".tar"):
        yield raw
        return
    # No file name or time in the gzip header: the same backup, the same bytes.
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as out:
        yield out  # type: ignore[misc]


def _safe_media_name(member: str) -> str | None:
    """The storage name of a ``media/...`` member; None for anything else or unsafe."""
    path = PurePosixPath(member)
    if path.is_absolute() or ".." in path.parts or len(path.parts) < 2:
        return None
    if path.parts[0] != MEDIA_DIR:
        return None
    return "/".join(path.parts[1:])


@dataclass(frozen=True)
class Backup:
    """An opened backup: its dump's lines and its media files, read one at a time."""

    source: Path

    @contextmanager
    def dump(self) -> Iterator[IO[bytes]]:
        if not is_tar(self.source):
            path = self.source / DUMP_NAME
            if not path.is_file():
                raise FileNotFoundError(f"{self.source}: no {DUMP_NAME} in the folder")
            with open(path, "rb") as stream:
                yield stream
            return
        with tarfile.open(self.source, "r:*") as tar:
            found: IO[bytes] | None
            try:
                found = tar.extractfile(DUMP_NAME)
            except KeyError:
                found = None
            if found is None:
                raise FileNotFoundError(f"{self.source}: no {DUMP_NAME} in the tar file")
            yield found

    def media(self) -> Iterator[tuple[str, IO[bytes]]]:
        """(storage name, content) of every media file; anything else is ignored."""
        if not is_tar(self.source):
            root = self.source / MEDIA_DIR
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                with open(path, "rb") as stream:
                    yield path.relative_to(root).as_posix(), stream
            return
        with tarfile.open(self.source, "r:*") as tar:
            for member in tar:
                name = _safe_media_name(member.name)
                content = tar.extractfile(member) if member.isfile() and name else None
                if name and content is not None:
                    yield name, content


def restore_media(backup: Backup, storage: Storage = default_storage) -> int:
    """Write the backup's media files under their own names (replacing any file there)."""
    count = 0
    for name, stream in backup.media():
        if storage.exists(name):
            storage.delete(name)
        stored = storage.save(name, File(stream, name=name))
        if stored != name:
            raise OSError(f"media file {name!r} was stored as {stored!r}")
        count += 1
    return count
