"""csv: two tables, events and speech turns (column lists in docs/exports.md).

One row per event in ``events.csv`` and one row per speech turn in ``turns.csv``.
Lists inside a cell (sections, topics...) are joined with ``; ``; a turn's
paragraphs with a newline (quoted, as CSV allows).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from pressroom.document import Document
from pressroom.exporters import Exporter, PersonRow, document_url, register

EVENT_COLUMNS = (
    "id", "language", "date", "time", "title", "lead", "place", "sections", "topics",
    "places", "persons", "turns", "words", "gallery_size", "publication_date",
    "publication_time", "direct_link", "source_url", "url",
)  # fmt: skip
TURN_COLUMNS = (
    "event_id", "language", "date", "sequence", "label", "speaker", "person_id", "role",
    "words", "text", "url",
)  # fmt: skip
LIST_SEPARATOR = "; "


def _hhmm(value: object) -> str:
    return value.strftime("%H:%M") if value is not None else ""  # type: ignore[attr-defined]


def event_row(doc: Document) -> list[str]:
    turn_words = sum(t.words for t in doc.turns)
    return [
        str(doc.id or ""), doc.language, doc.date.isoformat() if doc.date else "",
        _hhmm(doc.time), doc.title, doc.lead, doc.place,
        LIST_SEPARATOR.join(doc.publication.sections),
        LIST_SEPARATOR.join(t.name for t in doc.topics),
        LIST_SEPARATOR.join(t.name for t in doc.geography),
        LIST_SEPARATOR.join(t.name for t in doc.persons),
        str(len(doc.turns)), str(turn_words),
        str(doc.gallery.size) if doc.gallery else "",
        doc.publication.date.isoformat() if doc.publication.date else "",
        _hhmm(doc.publication.time), doc.publication.direct_link, doc.source.url,
        document_url(doc),
    ]  # fmt: skip


def turn_rows(doc: Document, person_ids: Mapping[str, int] | None = None) -> Iterator[list[str]]:
    """``person_ids`` maps speakers' tag names to person ids, when the caller knows them."""
    ids = person_ids or {}
    for sequence, turn in enumerate(doc.turns, start=1):
        text = "\n".join(p.text for p in turn.paragraphs)
        person_id = ids.get(turn.speaker) if turn.speaker else None
        yield [
            str(doc.id or ""), doc.language, doc.date.isoformat() if doc.date else "",
            str(sequence), turn.label, turn.speaker or "",
            "" if person_id is None else str(person_id), turn.role,
            str(turn.words), text,
            document_url(doc, sequence),
        ]  # fmt: skip


def _table(header: Iterable[str], rows: Iterable[list[str]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
        if buffer.tell() > 1 << 16:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def render_turns(doc: Document, person_ids: Mapping[str, int] | None = None) -> str:
    """One event's turns: the per-event CSV."""
    return "".join(_table(TURN_COLUMNS, turn_rows(doc, person_ids)))


def render_events(documents: Iterable[Document]) -> Iterator[str]:
    return _table(EVENT_COLUMNS, (event_row(d) for d in documents))


def write_folder(
    documents: Iterable[Document], path: Path, persons: Sequence[PersonRow]
) -> list[Path]:
    """``path/events.csv`` and ``path/turns.csv``."""
    path.mkdir(parents=True, exist_ok=True)
    events_path, turns_path = path / "events.csv", path / "turns.csv"
    write_tables(documents, events_path, turns_path, {p.tag_name: p.id for p in persons})
    return [events_path, turns_path]


def write_tables(
    documents: Iterable[Document],
    events_path: Path,
    turns_path: Path,
    person_ids: Mapping[str, int] | None = None,
) -> None:
    """Both tables in one pass over the documents."""
    with (
        events_path.open("w", encoding="utf-8", newline="") as events_out,
        turns_path.open("w", encoding="utf-8", newline="") as turns_out,
    ):
        events = csv.writer(events_out, lineterminator="\r\n")
        turns = csv.writer(turns_out, lineterminator="\r\n")
        events.writerow(EVENT_COLUMNS)
        turns.writerow(TURN_COLUMNS)
        for doc in documents:
            events.writerow(event_row(doc))
            turns.writerows(turn_rows(doc, person_ids))


register(
    Exporter(
        name="csv",
        media_type="text/csv; charset=utf-8",
        extension="csv",
        description="CSV: events.csv and turns.csv (one event: its turns)",
        render_one=render_turns,
        render_many=render_events,
        write=write_folder,
    )
)
