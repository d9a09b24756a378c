"""Rows -> Documents: the one mapping from the event tables back to Documents.

Every reader of whole events starts here: the event page, the API, exports and the
text version. ``load_events`` gives each Document with the ids of the rows it was
read from (``LoadedEvent``), for the readers that link to them.

Reads plain row tuples with one query per table for a whole batch of events (eight
queries whatever the batch's size), so loading one event and dumping 100,000 use
the same code. Model instances, querysets built per batch and the ORM's per-row
conversions cost more than the mapping itself, so the queries are written out
here, with table and column names taken from the models.

The SQLite backend already returns dates, times and booleans typed (Django
registers converters for the declared column types); PostgreSQL's driver does too.
What is left to convert is the same on both: JSON text, and naive UTC datetimes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage
from django.db.models import Field, Model

from pressroom.core.sql import reading
from pressroom.document import (
    Block,
    Document,
    Gallery,
    Narrative,
    Omission,
    Paragraph,
    Photo,
    PlaceTag,
    Publication,
    Related,
    RelatedItem,
    Separator,
    Source,
    Tag,
    TextLayout,
    Turn,
    decode_mentions,
)
from pressroom.events import models as m
from pressroom.people.models import Person
from pressroom.taxonomy.models import Place, Section, Topic

#: Events per batch: eight queries each; under every backend's limit on query parameters.
BATCH = 500

Rows = dict[int, list[tuple[Any, ...]]]

#: The Document's fields stored as they are, one Event column each: (field path, column).
#: The store writes them (``event_columns``) and the loader reads them back from this list.
EVENT_COLUMNS = (
    ("section_word", "section_word"),
    ("title", "title"),
    ("lead", "lead"),
    ("date", "date"),
    ("time", "time"),
    ("place", "place"),
    ("publication.date", "publication_date"),
    ("publication.time", "publication_time"),
    ("publication.direct_link", "direct_link"),
    ("source.format", "source_format"),
    ("source.url", "source_url"),
    ("source.content_hash", "source_hash"),
    ("source.translation_url", "translation_url"),
    ("text_layout.final_newline", "final_newline"),
)
_GETTERS = tuple((attrgetter(path), column) for path, column in EVENT_COLUMNS)
#: Each path of EVENT_COLUMNS split: (``publication``, ``date``); (``title``, ``""``).
_PARTS = tuple(path.partition(".")[::2] for path, _ in EVENT_COLUMNS)


def event_columns(doc: Document) -> dict[str, Any]:
    """The Event columns of ``EVENT_COLUMNS`` for ``doc``."""
    return {column: get(doc) for get, column in _GETTERS}


@dataclass(frozen=True)
class RowIds:
    """The ids of the rows a Document was read from, in the Document's order."""

    event: int
    #: One per body block.
    blocks: tuple[int, ...]
    #: One per body block: the person a turn is resolved to (None: not a turn, or nobody).
    speakers: tuple[int | None, ...]
    #: One per photo of the gallery.
    photos: tuple[int, ...]
    #: One per section name of the publication, with the section's slug.
    sections: tuple[tuple[int, str], ...]
    #: One per tag of ``persons``, ``topics`` and ``geography``.
    persons: tuple[int, ...]
    topics: tuple[int, ...]
    places: tuple[int, ...]


@dataclass(frozen=True)
class LoadedEvent:
    """An event's Document and the ids of its rows."""

    document: Document
    ids: RowIds

    def turns(self) -> Iterator[tuple[int, Turn, int, int | None]]:
        """``(sequence from 1, turn, block id, person id)`` for each speech turn."""
        sequence = 0
        for block, pk, person in zip(
            self.document.body, self.ids.blocks, self.ids.speakers, strict=True
        ):
            if isinstance(block, Turn):
                sequence += 1
                yield sequence, block, pk, person


def load_documents(pks: Sequence[int]) -> list[Document]:
    """The Documents of the events with these primary keys, in the same order."""
    if not pks:
        return []
    return _Batch(pks).documents()


def load_events(pks: Sequence[int]) -> list[LoadedEvent]:
    """The Documents of these events with their row ids, in the same order."""
    if not pks:
        return []
    batch = _Batch(pks)
    return [LoadedEvent(batch.document(pk), batch.row_ids(pk)) for pk in batch.pks]


def load_with_ids(event: m.Event) -> LoadedEvent:
    (loaded,) = load_events([event.pk])
    return loaded


def iter_documents(events: Any, batch_size: int = BATCH) -> Iterator[Document]:
    """The Documents of a queryset of events, in its order, a batch at a time.

    Only the primary keys are held for the whole queryset: memory stays bounded
    by the batch for any archive size.
    """
    pks = list(events.values_list("pk", flat=True))
    for start in range(0, len(pks), batch_size):
        yield from load_documents(pks[start : start + batch_size])


def load_event(event: m.Event) -> Document:
    """The Document an event's stored rows hold."""
    (doc,) = load_documents([event.pk])
    return doc


def load_number(number: int, language: str = "en") -> Document:
    """The Document of event ``number`` in ``language``; ``Event.DoesNotExist`` if none."""
    pk = m.Event.objects.values_list("pk", flat=True).get(number=number, language=language)
    (doc,) = load_documents([pk])
    return doc


# -- the queries ---------------------------------------------------------------------


def _table(model: type[Model]) -> str:
    return reading(model).ops.quote_name(model._meta.db_table)


def _column(model: type[Model], name: str, alias: str = "") -> str:
    field = model._meta.get_field(name)
    assert isinstance(field, Field) and field.column, f"{model.__name__}.{name} is no column"
    column = reading(model).ops.quote_name(field.column)
    return f"{alias}.{column}" if alias else column


#: The event row as the loader reads it: what ``EVENT_COLUMNS`` leaves to the mapping first.
_EVENT_FIELDS = (
    "id", "number", "language", "gallery_size", "source_modified",
    *(column for _, column in EVENT_COLUMNS),
)  # fmt: skip
_OWN_FIELDS = 5


def _children(
    model: type[Model], columns: Sequence[str], joined: tuple[type[Model], str] | None = None
) -> Callable[[str], str]:
    """SELECT event_id, *columns of ``model`` for a list of events, in body order.

    A column written ``"rel.name"`` is ``name`` of the row ``joined`` through field
    ``rel`` (a LEFT JOIN, so an unset person gives None).
    """
    selected = [_column(model, "event", "c")]
    join = ""
    if joined is not None:
        target, via = joined
        target_pk = reading(target).ops.quote_name(target._meta.pk.column)
        join = f" LEFT JOIN {_table(target)} j ON j.{target_pk} = {_column(model, via, 'c')}"
    for name in columns:
        if "." in name:
            selected.append(_column(joined[0], name.split(".", 1)[1], "j"))  # type: ignore[index]
        else:
            selected.append(_column(model, name, "c"))
    head = f"SELECT {', '.join(selected)} FROM {_table(model)} c{join}"
    order = f"ORDER BY {_column(model, 'event', 'c')}, {_column(model, 'position', 'c')}"
    return lambda marks: f"{head} WHERE {_column(model, 'event', 'c')} IN ({marks}) {order}"


class _Queries:
    """The SQL of each table, built once per process (names come from the models)."""

    def __init__(self) -> None:
        self.events = (
            f"SELECT {', '.join(_column(m.Event, f) for f in _EVENT_FIELDS)} "
            f"FROM {_table(m.Event)} WHERE {_column(m.Event, 'id')} IN ({{}})"
        )
        # Each table's row id (or the catalog row's) comes last: the Document's
        # mapping reads the columns before it.
        self.blocks = _children(
            m.Block,
            ("kind", "text", "mentions", "label", "label_layout", "person.tag_name", "role",
             "person", "id"),
            (Person, "person"),
        )  # fmt: skip
        self.photos = _children(
            m.Photo,
            ("caption", "credit", "image_url", "thumbnail_url", "agency", "source_id", "image",
             "id"),
        )  # fmt: skip
        self.related = _children(
            m.RelatedLink, ("group", "kind", "title", "date", "target_number", "url")
        )
        self.sections = _children(
            m.EventSection, ("section.name", "section.slug", "section"), (Section, "section")
        )
        self.persons = _children(
            m.EventPerson, ("name", "person.catalog_id", "person"), (Person, "person")
        )
        self.topics = _children(
            m.EventTopic, ("topic.name", "topic.catalog_id", "topic"), (Topic, "topic")
        )
        self.places = _children(
            m.EventPlace,
            ("place.name", "place.catalog_id", "place.kind", "place"),
            (Place, "place"),
        )


_QUERIES: _Queries | None = None


def _queries() -> _Queries:
    global _QUERIES
    if _QUERIES is None:
        _QUERIES = _Queries()
    return _QUERIES


# -- the mapping ---------------------------------------------------------------------


class _Batch:
    """The rows of a batch of events, read table by table, then mapped to Documents."""

    def __init__(self, pks: Sequence[int]) -> None:
        self.pks = list(pks)
        q = _queries()
        marks = ", ".join(["%s"] * len(self.pks))
        with reading(m.Event).cursor() as cursor:
            cursor.execute(q.events.format(marks), self.pks)
            self.events = {row[0]: row for row in cursor.fetchall()}
            self.blocks = _grouped(cursor, q.blocks(marks), self.pks)
            self.photos = _grouped(cursor, q.photos(marks), self.pks)
            self.related = _grouped(cursor, q.related(marks), self.pks)
            self.sections = _grouped(cursor, q.sections(marks), self.pks)
            self.persons = _grouped(cursor, q.persons(marks), self.pks)
            self.topics = _grouped(cursor, q.topics(marks), self.pks)
            self.places = _grouped(cursor, q.places(marks), self.pks)

    def documents(self) -> list[Document]:
        return [self.document(pk) for pk in self.pks]

    def document(self, pk: int) -> Document:
        row = self.events[pk]
        _, number, language, gallery_size, src_modified = row[:_OWN_FIELDS]
        fields: dict[str, Any] = {}
        parts: dict[str, dict[str, Any]] = {"publication": {}, "source": {}, "text_layout": {}}
        for (part, name), value in zip(_PARTS, row[_OWN_FIELDS:], strict=True):
            if name:
                parts[part][name] = value
            else:
                fields[part] = value
        gallery = None
        if gallery_size:
            gallery = Gallery(size=gallery_size, photos=tuple(map(_photo, self.photos[pk])))
        return Document(
            language=language,
            id=number,
            gallery=gallery,
            body=tuple([_block(*row) for row in self.blocks[pk]]),
            related=related_blocks(self.related[pk]),
            geography=tuple([PlaceTag(n, c, k) for n, c, k, _ in self.places[pk]]),  # type: ignore[arg-type]
            topics=tuple([Tag(n, c) for n, c, _ in self.topics[pk]]),
            persons=tuple([Tag(n, c) for n, c, _ in self.persons[pk]]),
            publication=Publication(
                sections=tuple([s for s, _, _ in self.sections[pk]]), **parts["publication"]
            ),
            source=Source(last_modified=_moment(src_modified), **parts["source"]),
            text_layout=TextLayout(**parts["text_layout"]),
            **fields,
        )

    def row_ids(self, pk: int) -> RowIds:
        return RowIds(
            event=pk,
            blocks=tuple([row[-1] for row in self.blocks[pk]]),
            speakers=tuple([row[-2] for row in self.blocks[pk]]),
            photos=tuple([row[-1] for row in self.photos[pk]]),
            sections=tuple([(section, slug) for _, slug, section in self.sections[pk]]),
            persons=tuple([row[-1] for row in self.persons[pk]]),
            topics=tuple([row[-1] for row in self.topics[pk]]),
            places=tuple([row[-1] for row in self.places[pk]]),
        )


def _grouped(cursor: Any, sql: str, pks: list[int]) -> Rows:
    cursor.execute(sql, pks)
    grouped: Rows = defaultdict(list)
    for row in cursor.fetchall():
        grouped[row[0]].append(row[1:])
    return grouped


def _moment(value: Any) -> dt.datetime | None:
    """As the ORM gives it: aware (UTC) when time zones are on."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value is not None and value.tzinfo is None and settings.USE_TZ:
        value = value.replace(tzinfo=dt.UTC)
    return value


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value


_OMISSION, _SEPARATOR = Omission(), Separator()


def _block(kind: str, text: str, mentions: Any, label: str, layout: str, speaker: str | None,
           role: str, *ids: int | None) -> Block:  # fmt: skip
    if kind == "omission":
        return _OMISSION
    if kind == "separator":
        return _SEPARATOR
    lines = text.split("\n")
    if mentions is None:
        paragraphs = tuple([Paragraph(line) for line in lines])
    else:
        found = _json(mentions) or []
        paragraphs = tuple(
            [
                Paragraph(line, decode_mentions(found[i]) if i < len(found) else ())
                for i, line in enumerate(lines)
            ]
        )
    if kind == "narrative":
        return Narrative(paragraph=paragraphs[0])
    return Turn(label=label, paragraphs=paragraphs, layout=layout or "inline",  # type: ignore[arg-type]
                speaker=speaker, role=role)  # fmt: skip


def _photo(row: tuple[Any, ...]) -> Photo:
    caption, credit, url, thumbnail, agency, source_id, image, _ = row
    return Photo(
        caption=caption,
        credit=credit,
        # A photo uploaded in the desk has a stored file instead of a source URL.
        image_url=url or (default_storage.url(image) if image else ""),
        thumbnail_url=thumbnail,
        agency=bool(agency),
        source_id=source_id,
    )


def related_blocks(rows: Iterable[tuple[Any, ...]]) -> tuple[Related, ...]:
    """Consecutive links of one group form one Related block.

    ``rows``: (group, kind, title, date, target number, url) in the page's order.
    """
    groups: list[tuple[int, str, list[RelatedItem]]] = []
    for group, kind, title, date, target, url in rows:
        if not groups or groups[-1][0] != group:
            groups.append((group, kind, []))
        groups[-1][2].append(RelatedItem(title=title, date=date, event_id=target, url=url))
    return tuple(Related(kind=kind, items=tuple(items)) for _, kind, items in groups)  # type: ignore[arg-type]
