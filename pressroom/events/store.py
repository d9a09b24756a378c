"""Document <-> rows: save a Document (create or update, one transaction) and load it back.

The only code that writes event rows (events, blocks, photos, links, tags). What
differs between callers is said by a ``SavePolicy``: an import resolves speakers
against names already known, learns labels and keeps what editors locked; a
restore stores speakers as given; the desk stores the editor's Document and locks
what it changed. Saving recognises a document it has seen before (by its id, else
by its source key).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from django.core.files.storage import default_storage
from django.db import connections, router, transaction
from django.utils import timezone
from django.utils.text import slugify

from pressroom.core.sql import writing
from pressroom.document import (
    Block,
    Document,
    Narrative,
    Paragraph,
    Photo,
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
#: Event columns Django sets on every save; a value given for one is written after.
_AUTOMATIC = ("created_at", "updated_at")

#: A stored event's turns: position -> (label, person's tag or None, role).
StoredLinks = dict[int, tuple[str, str | None, str]]

#: Document fields an editor can lock against re-import.
LOCKABLE_FIELDS = ("title", "lead", "date", "time", "place", "body", "gallery", "related")


@dataclass(frozen=True)
class SavePolicy:
    """What differs between the callers of ``Store.save``: one flag, one meaning."""

    #: Link turns the document leaves unresolved to persons known by name (an
    #: editor's label mapping first). Off: each turn's speaker is stored as given.
    resolve_speakers: bool = True
    #: Remember each speaker's label as the person's alias, the role as a post held,
    #: and a catalog id a person lacked.
    learn_aliases: bool = True
    #: A tag no person has creates one. Off: the save fails (``ValueError``).
    create_persons: bool = True
    #: Fields editors locked keep their stored values (a re-import leaves them).
    keep_locked: bool = True
    #: The fields this save changes are locked against re-import (an editor's save).
    lock_changed: bool = False


#: An import: resolve, learn, respect what editors locked.
IMPORT = SavePolicy()
#: A readers' dump read back (``pressroom import``): speakers and names as the dump has them.
RESTORE = SavePolicy(resolve_speakers=False, learn_aliases=False)
#: A backup put back (``pressroom restore``): every person comes from the backup itself.
BACKUP = SavePolicy(resolve_speakers=False, learn_aliases=False, create_persons=False)
#: An editor's save in the desk: the Document as the editor left it (speakers as linked,
#: which teaches their labels), what changed locked against re-import.
DESK = SavePolicy(resolve_speakers=False, keep_locked=False, lock_changed=True)


@dataclass(frozen=True)
class RowFields:
    """What an event's rows hold beyond its Document, when the caller knows it."""

    #: The person each Persons tag stands for, by position (a tag may be printed
    #: otherwise than its person's tag name).
    person_ids: tuple[int, ...] = ()
    #: Each photo's stored file (a picture uploaded in the desk), by position; "" for none.
    photo_files: tuple[str, ...] = ()
    #: Event columns set as given: ``incomplete``, and a backup's times and lock list.
    columns: Mapping[str, Any] = field(default_factory=dict)


NO_ROW_FIELDS = RowFields()


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
        policy: SavePolicy = IMPORT,
        *,
        key: str = "",
        updated: dt.datetime | None = None,
        status: str | None = None,
        dry_run: bool = False,
        row: RowFields = NO_ROW_FIELDS,
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
            stored = _stored_links(event, doc) if policy.resolve_speakers else {}
            if event is not None and stored:
                # Read the way the stored copy was read: the names known grow as an
                # import runs, and a second run over the same pages changes nothing.
                kept = self._prepare(doc, event, stored, policy)
                if event.document_hash == document_hash(kept):
                    return Saved(event.number, event.language, "unchanged", kept)
            doc = self._prepare(doc, event, {}, policy)
            digest = document_hash(doc)
            if event is not None and event.document_hash == digest and _rows_hold(event, row):
                return Saved(event.number, event.language, "unchanged", doc)
            outcome: Outcome = "created" if event is None else "updated"
            if dry_run:
                transaction.set_rollback(True)
                return Saved(number, doc.language, outcome, doc)
            columns = dict(row.columns)
            if policy.lock_changed and event is not None:
                columns.setdefault("locked_fields", _locked_after(event, doc))
            event = self._write_event(event, doc, number, key, digest, updated, status, columns)
            rows = self._write_children(event, doc, policy, row, replacing=outcome == "updated")
            automatic = {name: columns[name] for name in _AUTOMATIC if name in columns}
            if automatic:
                # Set by Django on every save: a value given (a backup's) is written after.
                m.Event.objects.filter(pk=event.pk).update(**automatic)
            document_saved.send(sender=m.Event, event=event, document=doc, rows=rows)
        return Saved(event.number, event.language, outcome, doc)

    def _find(self, doc: Document, key: str) -> m.Event | None:
        if doc.id is not None:
            return _event_by_number(doc.id, doc.language)
        if not _stored(key, doc.language):
            return None
        events = m.Event.objects.select_for_update()
        return events.filter(source_key=key, language=doc.language).first()

    def _prepare(
        self, doc: Document, event: m.Event | None, stored: StoredLinks, policy: SavePolicy
    ) -> Document:
        """The document as it would be stored: speakers resolved, locked fields kept."""
        if policy.resolve_speakers:
            doc = self._resolve_as_stored(doc, stored)
        if policy.keep_locked and event is not None and event.locked_fields:
            doc = _keep_locked(doc, load(event), event.locked_fields)
        return doc

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

    def _person(self, tag: str, catalog_id: str, policy: SavePolicy) -> Person:
        """The person a tag names: created or taught a catalog id only as the policy allows."""
        if policy.create_persons and policy.learn_aliases:
            return self.people.for_tag(tag, catalog_id)
        found = self.people.find(tag, catalog_id)
        if found is not None:
            return found
        if not policy.create_persons:
            raise ValueError(f"person {tag!r}: no such person is stored")
        return self.people.for_tag(tag, catalog_id)

    def _write_event(
        self,
        event: m.Event | None,
        doc: Document,
        number: int,
        key: str,
        digest: str,
        updated: dt.datetime | None,
        status: str | None,
        columns: Mapping[str, Any],
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
        for name, value in columns.items():
            setattr(event, name, value)
        setattr(event, DOCUMENT_FOLLOWS, True)
        try:
            event.save()
        finally:
            delattr(event, DOCUMENT_FOLLOWS)
        return event

    def _write_children(
        self, event: m.Event, doc: Document, policy: SavePolicy, row: RowFields, *, replacing: bool
    ) -> WrittenRows:
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
        blocks = list(self._block_rows(event, doc, policy))
        insert_returning_ids(m.Block, blocks)
        if doc.gallery:
            files = row.photo_files
            insert_rows(
                m.Photo,
                [
                    m.Photo(
                        event=event,
                        position=i,
                        **_photo_fields(p, files[i] if i < len(files) else ""),
                    )
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
                person=(
                    self.people.person(row.person_ids[i])
                    if i < len(row.person_ids)
                    else self._person(t.name, t.catalog_id, policy)
                ),
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

    def _block_rows(self, event: m.Event, doc: Document, policy: SavePolicy) -> Iterator[m.Block]:
        for pos, block in enumerate(doc.body):
            if isinstance(block, Turn):
                person: Person | None = None
                if block.speaker:
                    person = self._person(block.speaker, _catalog_id(doc, block.speaker), policy)
                    if policy.learn_aliases:
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


def _photo_fields(photo: Photo, file: str) -> dict[str, Any]:
    # A stored file's own address is what loading gives a photo without one: not kept twice.
    own = bool(file) and photo.image_url == default_storage.url(file)
    return {**encode_photo(photo), "image": file, "image_url": "" if own else photo.image_url}


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


def _locked_after(event: m.Event, doc: Document) -> list[str]:
    """The event's locked fields, and the lockable ones ``doc`` changes."""
    current = load(event)
    changed = {name for name in LOCKABLE_FIELDS if getattr(current, name) != getattr(doc, name)}
    return sorted(set(event.locked_fields) | changed)


def _rows_hold(event: m.Event, row: RowFields) -> bool:
    """Whether the stored rows already hold what ``row`` gives beyond the Document."""
    if any(getattr(event, name) != value for name, value in row.columns.items()):
        return False
    if row.person_ids:
        tagged = m.EventPerson.objects.filter(event=event).order_by("position")
        if tuple(tagged.values_list("person_id", flat=True)) != row.person_ids:
            return False
    if row.photo_files:
        photos = m.Photo.objects.filter(event=event).order_by("position")
        if tuple(photos.values_list("image", flat=True)) != row.photo_files:
            return False
    return True


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
