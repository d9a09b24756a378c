"""Document <-> rows: save a Document (create or update, one transaction) and load it back.

The only place that knows how a Document maps onto the tables. Saving resolves
speakers against names already known, keeps what editors locked, and recognises
a document it has seen before (by its id, else by its source key).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, Literal

from django.db import connections, router, transaction
from django.utils import timezone
from django.utils.text import slugify

from pressroom.core.sql import writing
from pressroom.document import (
    Block,
    Document,
    Narrative,
    Paragraph,
    PlaceTag,
    Tag,
    Turn,
    encode_mentions,
    encode_photo,
)
from pressroom.events import loading
from pressroom.events import models as m
from pressroom.events.bulk import insert_returning_ids, insert_rows
from pressroom.events.identity import document_hash, generated_number, source_key
from pressroom.events.signals import DOCUMENT_FOLLOWS, WrittenRows, document_saved
from pressroom.people.directory import PersonDirectory
from pressroom.people.models import Person
from pressroom.taxonomy.models import Place, Section, Topic

Outcome = Literal["created", "updated", "unchanged"]

#: A stored event's turns: position -> (label, person's tag or None, role).
StoredLinks = dict[int, tuple[str, str | None, str]]

#: Document fields an editor can lock against re-import.
LOCKABLE_FIELDS = ("title", "lead", "date", "time", "place", "body", "gallery", "related")


@dataclass(frozen=True)
class Saved:
    number: int
    language: str
    outcome: Outcome
    document: Document


class Store:
    """Saves and loads Documents, caching catalog rows for the length of one run."""

    def __init__(self) -> None:
        self.forget()

    def forget(self) -> None:
        """Drop cached rows: after a rollback they may name rows that no longer exist."""
        self.people = PersonDirectory()
        self._sections: dict[tuple[str, str], Section] = {}
        self._topics: dict[tuple[str, str], Topic] = {}
        self._places: dict[tuple[str, str], Place] = {}

    # -- saving ----------------------------------------------------------------------

    def save(
        self,
        doc: Document,
        *,
        key: str = "",
        updated: dt.datetime | None = None,
        status: str | None = None,
        dry_run: bool = False,
    ) -> Saved:
        """Create or update the event ``doc`` describes; nothing is written on a dry run."""
        key = key or source_key(doc)
        with transaction.atomic():
            event = self._find(doc, key)
            if _not_newer(event, updated):
                assert event is not None
                return Saved(event.number, event.language, "unchanged", doc)
            number = (
                doc.id
                if doc.id is not None
                else (event.number if event is not None else generated_number(key))
            )
            doc = replace(doc, id=number)
            stored = _stored_links(event, doc)
            if event is not None and stored:
                # Read the way the stored copy was read: the names known grow as an
                # import runs, and a second run over the same pages changes nothing.
                kept = self._prepare(doc, event, stored)
                if event.document_hash == document_hash(kept):
                    return Saved(event.number, event.language, "unchanged", kept)
            doc = self._prepare(doc, event, {})
            digest = document_hash(doc)
            if event is not None and event.document_hash == digest:
                return Saved(event.number, event.language, "unchanged", doc)
            outcome: Outcome = "created" if event is None else "updated"
            if dry_run:
                transaction.set_rollback(True)
                return Saved(number, doc.language, outcome, doc)
            event = self._write_event(event, doc, number, key, digest, updated, status)
            rows = self._write_children(event, doc, replacing=outcome == "updated")
            document_saved.send(sender=m.Event, event=event, document=doc, rows=rows)
        return Saved(event.number, event.language, outcome, doc)

    def _find(self, doc: Document, key: str) -> m.Event | None:
        if doc.id is not None:
            return _event_by_number(doc.id, doc.language)
        if not _stored(key, doc.language):
            return None
        events = m.Event.objects.select_for_update()
        return events.filter(source_key=key, language=doc.language).first()

    def _prepare(self, doc: Document, event: m.Event | None, stored: StoredLinks) -> Document:
        """The document as it would be stored: speakers resolved, locked fields kept."""
        doc = self._resolve_as_stored(doc, stored) if stored else self._resolve_speakers(doc)
        if event is not None and event.locked_fields:
            doc = _keep_locked(doc, load(event), event.locked_fields)
        return doc

    def _resolve_speakers(self, doc: Document) -> Document:
        """Link turns the document left unresolved to persons already known by name."""
        return self._resolve_as_stored(doc, {})

    def _resolve_as_stored(self, doc: Document, stored: StoredLinks) -> Document:
        """Link unresolved turns: an editor's mapping wins; then, in ``stored``, the
        person (or none) the turn at the same place with the same label was stored
        with; then the names known now.
        """
        changed = False
        body: list[Block] = []
        for position, block in enumerate(doc.body):
            if isinstance(block, Turn):
                editor = self.people.editor_mapping(block.label)
                kept = stored.get(position)
                if editor is not None and editor.tag_name != block.speaker:
                    block, changed = replace(block, speaker=editor.tag_name), True
                elif block.speaker is None and kept is not None and kept[0] == block.label:
                    _, tag, role = kept
                    if tag is not None:
                        block = replace(block, speaker=tag, role=block.role or role)
                        changed = True
                elif block.speaker is None:
                    person, role = self.people.resolve_label(block.label)
                    if person is not None:
                        block = replace(block, speaker=person.tag_name, role=block.role or role)
                        changed = True
            body.append(block)
        return replace(doc, body=tuple(body)) if changed else doc

    def _write_event(
        self,
        event: m.Event | None,
        doc: Document,
        number: int,
        key: str,
        digest: str,
        updated: dt.datetime | None,
        status: str | None,
    ) -> m.Event:
        now = timezone.now()
        if event is None:
            event = m.Event(number=number, language=doc.language, first_imported=now)
            event.status = status or m.Status.PUBLISHED
        elif status is not None:
            event.status = status
        for column, value in loading.event_columns(doc).items():
            setattr(event, column, value)
        event.gallery_size = doc.gallery.size if doc.gallery else None
        pub = doc.publication
        if event.publish_at is None:
            event.publish_at = _moscow_datetime(pub.date or doc.date, pub.time or doc.time) or now
        event.source_modified = updated or doc.source.last_modified
        event.source_key = key
        event.document_hash = digest
        event.last_imported = now
        setattr(event, DOCUMENT_FOLLOWS, True)
        try:
            event.save()
        finally:
            delattr(event, DOCUMENT_FOLLOWS)
        return event

    def _write_children(self, event: m.Event, doc: Document, *, replacing: bool) -> WrittenRows:
        if replacing:
            for model in (
                m.Block,
                m.Photo,
                m.RelatedLink,
                m.EventSection,
                m.EventPerson,
                m.EventTopic,
                m.EventPlace,
            ):
                model.objects.filter(event=event).delete()
        # Block ids are needed (the search index refers to turns); the rest need none.
        blocks = list(self._block_rows(event, doc))
        insert_returning_ids(m.Block, blocks)
        if doc.gallery:
            insert_rows(
                m.Photo,
                [
                    m.Photo(event=event, position=i, **encode_photo(p))
                    for i, p in enumerate(doc.gallery.photos)
                ],
            )
        items = [(g, rel, item) for g, rel in enumerate(doc.related) for item in rel.items]
        insert_rows(
            m.RelatedLink,
            [
                m.RelatedLink(
                    event=event,
                    position=pos,
                    group=group,
                    kind=rel.kind,
                    title=item.title,
                    date=item.date,
                    target_number=item.event_id,
                    url=item.url,
                )
                for pos, (group, rel, item) in enumerate(items)
            ],
        )
        lang = doc.language
        sections = [
            m.EventSection(event=event, section=self._section(lang, name), position=i)
            for i, name in enumerate(doc.publication.sections)
        ]
        persons = [
            m.EventPerson(
                event=event,
                person=self.people.for_tag(t.name, t.catalog_id),
                position=i,
                name=t.name,
            )
            for i, t in enumerate(doc.persons)
        ]
        topics = [
            m.EventTopic(event=event, topic=self._topic(lang, t), position=i)
            for i, t in enumerate(doc.topics)
        ]
        places = [
            m.EventPlace(event=event, place=self._place(lang, t), position=i)
            for i, t in enumerate(doc.geography)
        ]
        for model, rows in (
            (m.EventSection, sections),
            (m.EventPerson, persons),
            (m.EventTopic, topics),
            (m.EventPlace, places),
        ):
            insert_rows(model, rows)
        return WrittenRows(blocks, persons, topics, places, sections, created=not replacing)

    def _block_rows(self, event: m.Event, doc: Document) -> Iterator[m.Block]:
        for pos, block in enumerate(doc.body):
            if isinstance(block, Turn):
                person: Person | None = None
                if block.speaker:
                    person = self.people.for_tag(block.speaker, _catalog_id(doc, block.speaker))
                    self.people.remember_label(person, block.label, block.role, doc.date)
                yield m.Block(
                    event=event,
                    position=pos,
                    kind=m.Block.Kind.TURN,
                    text="\n".join(p.text for p in block.paragraphs),
                    mentions=_mentions(block.paragraphs),
                    label=block.label,
                    label_layout=block.layout,
                    person=person,
                    role=block.role,
                    word_count=block.words,
                )
            elif isinstance(block, Narrative):
                para = block.paragraph
                yield m.Block(
                    event=event,
                    position=pos,
                    kind=m.Block.Kind.NARRATIVE,
                    text=para.text,
                    mentions=_mentions((para,)),
                    word_count=block.words,
                )
            else:
                yield m.Block(event=event, position=pos, kind=block.kind)

    def _section(self, lang: str, name: str) -> Section:
        cache_key = (lang, name)
        if cache_key not in self._sections:
            slug = slugify(name) or slugify(name, allow_unicode=True) or "section"
            self._sections[cache_key], _ = Section.objects.get_or_create(
                language=lang, name=name, defaults={"slug": slug}
            )
        return self._sections[cache_key]

    def _topic(self, lang: str, tag: Tag) -> Topic:
        cache_key = (lang, tag.name)
        if cache_key not in self._topics:
            topic, _ = Topic.objects.get_or_create(
                language=lang, name=tag.name, defaults={"catalog_id": tag.catalog_id}
            )
            if tag.catalog_id and not topic.catalog_id:
                topic.catalog_id = tag.catalog_id
                topic.save(update_fields=["catalog_id"])
            self._topics[cache_key] = topic
        return self._topics[cache_key]

    def _place(self, lang: str, tag: PlaceTag) -> Place:
        cache_key = (lang, tag.name)
        if cache_key not in self._places:
            place, _ = Place.objects.get_or_create(
                language=lang,
                name=tag.name,
                defaults={"catalog_id": tag.catalog_id, "kind": tag.place_kind},
            )
            if (tag.catalog_id and not place.catalog_id) or (tag.place_kind and not place.kind):
                place.catalog_id = place.catalog_id or tag.catalog_id
                place.kind = place.kind or tag.place_kind
                place.save(update_fields=["catalog_id", "kind"])
            self._places[cache_key] = place
        return self._places[cache_key]


# -- loading -------------------------------------------------------------------------


def load(event: m.Event) -> Document:
    """The Document an event's rows hold (``loading`` is the one rows -> Document mapping)."""
    return loading.load_event(event)


def load_number(number: int, language: str = "en") -> Document:
    return loading.load_number(number, language)


def iter_documents(events: Any, batch_size: int = loading.BATCH) -> Iterator[Document]:
    """Stream Documents for a queryset in batches: bounded memory for any archive size."""
    return loading.iter_documents(events, batch_size)


# -- helpers -------------------------------------------------------------------------


def _mentions(paragraphs: Iterable[Paragraph]) -> list[list[dict[str, Any]]] | None:
    """A block's mentions per paragraph, in the JSON form; None when there are none."""
    per_paragraph = [encode_mentions(p) for p in paragraphs]
    return per_paragraph if any(per_paragraph) else None


def _catalog_id(doc: Document, tag: str) -> str:
    return next((t.catalog_id for t in doc.persons if t.name == tag), "")


def _event_by_number(number: int, language: str) -> m.Event | None:
    """The stored event with this id, locked until the transaction ends.

    Plain SQL: a queryset would rebuild its SQL on every call, which costs more than
    the lookup. A first probe for the id alone makes the usual miss of a first
    import cheaper still.
    """
    alias = router.db_for_write(m.Event)
    connection = connections[alias]
    quote = connection.ops.quote_name
    table = quote(m.Event._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {quote('id')} FROM {table} "
            f"WHERE {quote('number')} = %s AND {quote('language')} = %s",
            [number, language],
        )
        found = cursor.fetchone()
    if found is None:
        return None
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    sql = f"SELECT * FROM {table} WHERE {quote('id')} = %s{lock}"
    return next(iter(m.Event.objects.raw(sql, [found[0]], using=alias)), None)


def _stored(key: str, language: str) -> bool:
    """Whether an event with this source key is stored (usually not, on a first import)."""
    connection = writing(m.Event)
    quote = connection.ops.quote_name
    sql = (
        f"SELECT 1 FROM {quote(m.Event._meta.db_table)} "
        f"WHERE {quote('source_key')} = %s AND {quote('language')} = %s LIMIT 1"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [key, language])
        return cursor.fetchone() is not None


def _stored_links(event: m.Event | None, doc: Document) -> StoredLinks:
    """The stored turns by position, when ``doc`` has unresolved turns (else none)."""
    if event is None or not any(isinstance(b, Turn) and b.speaker is None for b in doc.body):
        return {}
    turns = m.Block.objects.filter(event=event, kind=m.Block.Kind.TURN)
    rows = turns.values_list("position", "label", "person__tag_name", "role")
    return {position: (label, tag, role) for position, label, tag, role in rows}


def _keep_locked(doc: Document, current: Document, locked: Iterable[str]) -> Document:
    kept = {name: getattr(current, name) for name in locked if name in LOCKABLE_FIELDS}
    return replace(doc, **kept) if kept else doc


def _not_newer(event: m.Event | None, updated: dt.datetime | None) -> bool:
    """A feed entry not updated since the stored copy was read is skipped."""
    if event is None or updated is None or event.source_modified is None:
        return False
    return updated <= event.source_modified


def _moscow_datetime(day: dt.date | None, at: dt.time | None) -> dt.datetime | None:
    if day is None:
        return None
    naive = dt.datetime.combine(day, at or dt.time(0, 0))
    return timezone.make_aware(naive, timezone.get_default_timezone())


def save(doc: Document, **kwargs: Any) -> Saved:
    return Store().save(doc, **kwargs)
