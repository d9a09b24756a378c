"""Archives of pages are read as streams; each member is dispatched by its content."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

import pytest

from pressroom.ingest import archives
from pressroom.ingest.base import Item
from pressroom.ingest.dispatch import read_paths, read_stream
from tests.ingest.kremlin_fixtures import FIXTURES

PAGES = ["monologue-1", "phone-call-2", "greeting-3"]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def members() -> dict[str, bytes]:
    files = {f"site/{name}.html": (FIXTURES / f"{name}.html").read_bytes() for name in PAGES}
    files["site/static/logo.png"] = PNG
    files["site/static/app.css"] = b"body { color: #061a44 }"
    files["site/70200/photos.html"] = (FIXTURES / "not-an-event-page.html").read_bytes()
    files["site/picture"] = PNG  # an image without a suffix
    return files


def tar_bytes(files: dict[str, bytes], mode: str = "w") -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode=mode) as tar:  # type: ignore[call-overload]
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def zip_bytes(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


def read(data: bytes, name: str) -> list[Item]:
    return list(read_stream(io.BufferedReader(io.BytesIO(data)), name))  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", ["w", "w:gz", "w:xz", "w:bz2"])
def test_tar_archives_yield_each_page_and_skip_assets(mode: str) -> None:
    items = read(tar_bytes(members(), mode), "pages.tar")
    assert [i.ok for i in items] == [True, True, True]
    assert [i.source for i in items] == [f"pages.tar:site/{n}.html" for n in PAGES]
    assert [i.document.id for i in items if i.document] == [70200, 70301, 70402]


def test_zip_archive_yields_each_page() -> None:
    items = read(zip_bytes(members()), "pages.zip")
    assert [i.source for i in items] == [f"pages.zip:site/{n}.html" for n in PAGES]
    assert all(i.ok for i in items)


def test_zip_from_a_stream_that_cannot_seek() -> None:
    class OneWay(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self.inner = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            chunk = self.inner.read(len(buffer))
            buffer[: len(chunk)] = chunk
            return len(chunk)

    stream = io.BufferedReader(OneWay(zip_bytes(members())))
    items = list(read_stream(stream, "stdin.zip"))
    assert len(items) == 3 and all(i.ok for i in items)


def test_broken_page_inside_an_archive_is_rejected_alone() -> None:
    files = members()
    files["site/cut.html"] = (FIXTURES / "truncated-in-body.html").read_bytes()
    items = read(tar_bytes(files, "w:gz"), "pages.tgz")
    rejected = [i for i in items if not i.ok]
    assert [i.source for i in rejected] == ["pages.tgz:site/cut.html"]
    assert rejected[0].problem is not None and "truncated" in rejected[0].problem.message


def test_archive_inside_an_archive_is_read() -> None:
    inner = tar_bytes({"inner/monologue-2.html": (FIXTURES / "monologue-2.html").read_bytes()})
    items = read(zip_bytes({"nested.tar": inner}), "outer.zip")
    assert [i.source for i in items] == ["outer.zip:nested.tar:inner/monologue-2.html"]


def test_archives_nested_too_deep_are_rejected() -> None:
    data = tar_bytes({"page.html": (FIXTURES / "monologue-2.html").read_bytes()})
    for level in range(archives.MAX_DEPTH + 1):
        data = tar_bytes({f"level{level}.tar": data})
    items = read(data, "deep.tar")
    assert len(items) == 1 and not items[0].ok


def test_broken_archive_is_rejected_not_raised() -> None:
    data = tar_bytes(members(), "w:gz")
    items = read(data[: len(data) // 2], "half.tar.gz")
    assert items and not items[-1].ok
    assert items[-1].problem is not None and "broken archive" in items[-1].problem.message


def test_sniff_recognises_archives_by_magic_bytes() -> None:
    for data in (tar_bytes({"a": b"x"}), tar_bytes({"a": b"x"}, "w:gz"),
                 tar_bytes({"a": b"x"}, "w:xz"), zip_bytes({"a": b"x"})):  # fmt: skip
        assert archives.sniff(data[:4096], "no-suffix")
    assert not archives.sniff(b"Events\nA title\n", "a.tar")


def test_archive_on_disk_is_read_through_read_paths(tmp_path: Path) -> None:
    path = tmp_path / "pages.tar.xz"
    path.write_bytes(tar_bytes(members(), "w:xz"))
    items = list(read_paths([str(path)]))
    assert len(items) == 3 and all(i.ok for i in items)
