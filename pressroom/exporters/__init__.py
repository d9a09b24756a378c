"""A registry of small renderers, one module per format (docs/exports.md).

Each format renders one Document, and optionally a stream of them (a whole
archive), always as an iterator of strings so any archive size streams. Formats
that are files rather than streams (two CSV tables, a SQLite database, one XML
file per event) also have a ``write``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pressroom.core.addresses import event_url
from pressroom.document import Document


def document_url(doc: Document, turn: int | None = None) -> str:
    """The event's page (or one turn's permalink) in its language; none without an id."""
    return "" if doc.id is None else event_url(doc.id, doc.language, turn=turn)


@dataclass(frozen=True)
class PersonRow:
    """What file writers know of a person beyond the Document: the row's id and name."""

    id: int
    name: str
    tag_name: str
    catalog_id: str = ""


#: Writes an archive to ``path`` (a file or a folder, per format); returns the files written.
Writer = Callable[[Iterable[Document], Path, Sequence[PersonRow]], list[Path]]


@dataclass(frozen=True)
class Exporter:
    name: str
    media_type: str
    extension: str
    description: str
    render_one: Callable[[Document], str]
    #: Renders many documents as one stream; formats without it export one event at a time.
    render_many: Callable[[Iterable[Document]], Iterator[str]] | None = None
    #: Writes files (several tables, one file per event, a database); see ``Writer``.
    write: Writer | None = None
    #: Renders a selection of published events (a queryset) from the database, when
    #: the format holds more than Documents (the jsonl dump's catalog records).
    render_archive: Callable[[Any], Iterator[str]] | None = None
    #: One document per file (XML formats): many events go to a folder, never one stream.
    one_file_per_event: bool = False


EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    EXPORTERS[exporter.name] = exporter
    return exporter


def get(name: str) -> Exporter:
    from pressroom.exporters import formats  # noqa: F401  (registers every format)

    try:
        return EXPORTERS[name]
    except KeyError:
        known = ", ".join(sorted(EXPORTERS))
        raise KeyError(f"unknown format {name!r} (known: {known})") from None


def names() -> list[str]:
    from pressroom.exporters import formats  # noqa: F401

    return sorted(EXPORTERS)
