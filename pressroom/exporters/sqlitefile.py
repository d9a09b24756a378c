"""sqlite: a standalone SQLite database of the archive, ready for Datasette (docs/exports.md).

Tables ``events``, ``turns``, ``persons``, ``event_persons``, ``topics``,
``event_topics``, ``places``, ``event_places``, and FTS5 tables ``events_fts``
(title, lead, text) and ``turns_fts`` (label, text) over them, named the way
Datasette finds full-text indexes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from pressroom.document import Document, Narrative, Paragraph, Turn
from pressroom.exporters import Exporter, PersonRow, document_url, register

SCHEMA = """
CREATE TABLE events (
  pk INTEGER PRIMARY KEY, id INTEGER NOT NULL, language TEXT NOT NULL, date TEXT,
  time TEXT, title TEXT NOT NULL, lead TEXT, place TEXT, sections TEXT, text TEXT,
  url TEXT, UNIQUE (id, language)
);
CREATE TABLE persons (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, tag_name TEXT NOT NULL UNIQUE, catalog_id TEXT
);
CREATE TABLE turns (
  pk INTEGER PRIMARY KEY, event_pk INTEGER NOT NULL REFERENCES events(pk),
  event_id INTEGER NOT NULL, language TEXT NOT NULL, date TEXT, sequence INTEGER NOT NULL,
  label TEXT NOT NULL, person_id INTEGER REFERENCES persons(id), role TEXT, words INTEGER,
  text TEXT NOT NULL, url TEXT
);
CREATE TABLE topics (pk INTEGER PRIMARY KEY, language TEXT, name TEXT, UNIQUE (language, name));
CREATE TABLE places (
  pk INTEGER PRIMARY KEY, language TEXT, name TEXT, kind TEXT, catalog_id TEXT,
  UNIQUE (language, name)
);
CREATE TABLE event_persons (
  event_pk INTEGER REFERENCES events(pk), person_id INTEGER REFERENCES persons(id)
);
CREATE TABLE event_topics (
  event_pk INTEGER REFERENCES events(pk), topic_pk INTEGER REFERENCES topics(pk)
);
CREATE TABLE event_places (
  event_pk INTEGER REFERENCES events(pk), place_pk INTEGER REFERENCES places(pk)
);
CREATE INDEX turns_event ON turns (event_pk);
CREATE INDEX turns_person ON turns (person_id);
CREATE INDEX events_date ON events (date);
CREATE VIRTUAL TABLE events_fts
  USING fts5 (title, lead, text, content="events", content_rowid="pk");
CREATE VIRTUAL TABLE turns_fts USING fts5 (label, text, content="turns", content_rowid="pk");
"""


class _Writer:
    def __init__(self, db: sqlite3.Connection, person_ids: Mapping[str, int]) -> None:
        self.db = db
        self.person_ids = dict(person_ids)
        self.topics: dict[tuple[str, str], int] = {}
        self.places: dict[tuple[str, str], int] = {}

    def person(self, tag: str) -> int:
        if tag not in self.person_ids:
            self.person_ids[tag] = -(len(self.person_ids) + 1)
        pid = self.person_ids[tag]
        self.db.execute(
            "INSERT OR IGNORE INTO persons (id, name, tag_name, catalog_id) VALUES (?, ?, ?, ?)",
            (pid, _full(tag), tag, ""),
        )
        return pid

    def event(self, doc: Document) -> None:
        text = "\n".join(p.text for p in _paragraphs(doc))
        cur = self.db.execute(
            "INSERT INTO events (id, language, date, time, title, lead, place, sections, text, url)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id, doc.language, doc.date.isoformat() if doc.date else None,
                doc.time.strftime("%H:%M") if doc.time else None, doc.title, doc.lead, doc.place,
                "; ".join(doc.publication.sections), text, document_url(doc),
            ),
        )  # fmt: skip
        event_pk = cur.lastrowid
        for tag in doc.persons:
            self.db.execute(
                "INSERT INTO event_persons VALUES (?, ?)", (event_pk, self.person(tag.name))
            )
        for topic in doc.topics:
            key = (doc.language, topic.name)
            if key not in self.topics:
                self.topics[key] = (
                    self.db.execute(
                        "INSERT INTO topics (language, name) VALUES (?, ?)", key
                    ).lastrowid
                    or 0
                )
            self.db.execute("INSERT INTO event_topics VALUES (?, ?)", (event_pk, self.topics[key]))
        for place in doc.geography:
            key = (doc.language, place.name)
            if key not in self.places:
                self.places[key] = (
                    self.db.execute(
                        "INSERT INTO places (language, name, kind, catalog_id) VALUES (?, ?, ?, ?)",
                        (*key, place.place_kind, place.catalog_id),
                    ).lastrowid
                    or 0
                )
            self.db.execute("INSERT INTO event_places VALUES (?, ?)", (event_pk, self.places[key]))
        self.db.executemany(
            "INSERT INTO turns (event_pk, event_id, language, date, sequence, label, person_id,"
            " role, words, text, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    event_pk, doc.id, doc.language, doc.date.isoformat() if doc.date else None,
                    n, t.label, self.person(t.speaker) if t.speaker else None, t.role,
                    t.words,
                    "\n".join(p.text for p in t.paragraphs),
                    document_url(doc, n),
                )
                for n, t in enumerate(doc.turns, start=1)
            ],
        )  # fmt: skip


def _paragraphs(doc: Document) -> Iterator[Paragraph]:
    for block in doc.body:
        if isinstance(block, Turn):
            yield from block.paragraphs
        elif isinstance(block, Narrative):
            yield block.paragraph


def _full(tag: str) -> str:
    from pressroom.textformat.names import tag_to_full

    return tag_to_full(tag)


def write_database(
    documents: Iterable[Document], path: Path, persons: Sequence[PersonRow] = ()
) -> list[Path]:
    """Write the database ``path``, replacing any file there."""
    if path.exists():
        path.unlink()
    db = sqlite3.connect(path)
    try:
        db.executescript(SCHEMA)
        person_ids: dict[str, int] = {}
        for p in persons:
            person_ids[p.tag_name] = p.id
            db.execute(
                "INSERT INTO persons VALUES (?, ?, ?, ?)", (p.id, p.name, p.tag_name, p.catalog_id)
            )
        writer = _Writer(db, person_ids)
        for doc in documents:
            writer.event(doc)
        db.execute("INSERT INTO events_fts (events_fts) VALUES ('rebuild')")
        db.execute("INSERT INTO turns_fts (turns_fts) VALUES ('rebuild')")
        db.commit()
    finally:
        db.close()
    return [path]


def render_sql(doc: Document) -> str:
    """One event as the SQL script that builds its database (``sqlite3 x.sqlite < x.sql``)."""
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(SCHEMA)
        _Writer(db, {}).event(doc)
        db.execute("INSERT INTO events_fts (events_fts) VALUES ('rebuild')")
        db.execute("INSERT INTO turns_fts (turns_fts) VALUES ('rebuild')")
        return "\n".join(db.iterdump()) + "\n"
    finally:
        db.close()


register(
    Exporter(
        name="sqlite",
        media_type="application/sql",
        extension="sqlite",
        description="a standalone SQLite database with FTS5, ready for Datasette (-o FILE);"
        " one event: the SQL that builds it",
        render_one=render_sql,
        write=write_database,
    )
)
