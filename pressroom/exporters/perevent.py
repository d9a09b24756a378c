"""Writing formats that hold one event a file: a folder of ``<id>.<language>.<ext>`` files."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from pressroom.document import Document
from pressroom.exporters import PersonRow, Writer


def folder_writer(render: Callable[[Document], str], extension: str) -> Writer:
    def write(
        documents: Iterable[Document], path: Path, persons: Sequence[PersonRow]
    ) -> list[Path]:
        path.mkdir(parents=True, exist_ok=True)
        written = []
        for doc in documents:
            target = path / f"{doc.id}.{doc.language}.{extension}"
            target.write_text(render(doc), encoding="utf-8")
            written.append(target)
        return written

    return write
