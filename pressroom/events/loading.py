"""Rows -> Documents: the one mapping from the event tables back to Documents.

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
from collections.abc import Callable, Iterator, Sequence
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
    PersonRef,
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
)
from pressroom.events import models as m
from pressroom.people.models import Person
from pressroom.taxonomy.models import Place, Section, Topic

#: Events per batch: eight queries each; under every backend's limit on query parameters.
BATCH = 500

Rows = dict[int, list[tuple[Any, ...]]]


def load_documents(pks: Sequence[int]) -> list[Document]:
    """The Documents of the events with these primary keys, in the same order."""
    if not pks:
        return []
    return _Batch(pks).documents()


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


_EVENT_FIELDS = (
    "id", "number", "language", "section_word", "title", "lead", "date", "time", "place",
    "gallery_size", "publication_date", "publication_time", "direct_link", "source_format",
    "source_url", "source_hash", "source_modified", "translation_url", "final_newline",
)  # fmt: skip


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
        self.blocks = _children(
            m.Block,
            ("kind", "text", "mentions", "label", "label_layout", "person.tag_name", "role"),
            (Person, "person"),
        )
        self.photos = _children(
            m.Photo,
            ("caption", "credit", "image_url", "thumbnail_url", "agency", "source_id", "image"),
        )
        self.related = _children(
            m.RelatedLink, ("group", "kind", "title", "date", "target_number", "url")
        )
        self.sections = _children(m.EventSection, ("section.name",), (Section, "section"))
        self.persons = _children(m.EventPerson, ("name", "person.catalog_id"), (Person, "person"))
        self.topics = _children(m.EventTopic, ("topic.name", "topic.catalog_id"), (Topic, "topic"))
        self.places = _children(
            m.EventPlace, ("place.name", "place.catalog_id", "place.kind"), (Place, "place")
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
        (_, number, language, section_word, title, lead, date, time, place, gallery_size,
         pub_date, pub_time, direct_link, src_format, src_url, src_hash, src_modified,
         translation_url, final_newline) = self.events[pk]  # fmt: skip
        gallery = None
        if gallery_size:
            gallery = Gallery(size=gallery_size, photos=tuple(map(_photo, self.photos[pk])))
        return Document(
            title=title,
            language=language,
            id=number,
            section_word=section_word,
            lead=lead,
            date=date,
            time=time,
            place=place,
            gallery=gallery,
            body=tuple([_block(*row) for row in self.blocks[pk]]),
            related=_related(self.related[pk]),
            geography=tuple([PlaceTag(n, c, k) for n, c, k in self.places[pk]]),  # type: ignore[arg-type]
            topics=tuple([Tag(n, c) for n, c in self.topics[pk]]),
            persons=tuple([Tag(n, c) for n, c in self.persons[pk]]),
            publication=Publication(
                sections=tuple([s for (s,) in self.sections[pk]]),
                date=pub_date,
                time=pub_time,
                direct_link=direct_link,
            ),
            source=Source(
                format=src_format,
                url=src_url,
                content_hash=src_hash,
                last_modified=_moment(src_modified),
                translation_url=translation_url,
            ),
            text_layout=TextLayout(final_newline=bool(final_newline)),
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
           role: str) -> Block:  # fmt: skip
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
                Paragraph(
                    line,
                    tuple(PersonRef(**ref) for ref in found[i]) if i < len(found) else (),
                )
                for i, line in enumerate(lines)
            ]
        )
    if kind == "narrative":
        return Narrative(paragraph=paragraphs[0])
    return Turn(label=label, paragraphs=paragraphs, layout=layout or "inline",  # type: ignore[arg-type]
                speaker=speaker, role=role)  # fmt: skip


def _photo(row: tuple[Any, ...]) -> Photo:
    caption, credit, url, thumbnail, agency, source_id, image = row
    return Photo(
        caption=caption,
        credit=credit,
        # A photo uploaded in the desk has a stored file instead of a source URL.
        image_url=url or (default_storage.url(image) if image else ""),
        thumbnail_url=thumbnail,
        agency=bool(agency),
        source_id=source_id,
    )


def _related(rows: list[tuple[Any, ...]]) -> tuple[Related, ...]:
    """Consecutive links of one group form one Related block."""
    groups: list[tuple[int, str, list[RelatedItem]]] = []
    for group, kind, title, date, target, url in rows:
        if not groups or groups[-1][0] != group:
            groups.append((group, kind, []))
        groups[-1][2].append(RelatedItem(title=title, date=date, event_id=target, url=url))
    return tuple(Related(kind=kind, items=tuple(items)) for _, kind, items in groups)  # type: ignore[arg-type]
