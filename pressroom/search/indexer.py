"""Keeps the index rows in step with the events: one event, a batch, or everything.

Only events a reader may see (``Event.objects.published()``) are indexed: a draft,
a scheduled, or a withdrawn event has no rows, so the index alone answers for what
readers see. Visibility changes only by a save (``publish-due`` saves a scheduled
event as it goes live), and every save reaches the index (``signals.py``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import NamedTuple

from django.db import transaction

from pressroom.core.sql import writing
from pressroom.events.bulk import insert_rows
from pressroom.events.models import (
    Block,
    Event,
    EventPerson,
    EventPlace,
    EventSection,
    EventTopic,
    is_visible,
)
from pressroom.events.signals import WrittenRows
from pressroom.search import schema
from pressroom.search.models import EventText, TurnText
from pressroom.search.text import stems

#: Bounds on what one row indexes, so a giant transcript cannot exceed an
#: engine's limit (PostgreSQL's tsvector holds at most 1 MB).
MAX_BODY_WORDS = 60_000
MAX_TURN_WORDS = 20_000
BATCH = 500


def _stemmed(text: str, limit: int) -> str:
    return " ".join(stems(text)[:limit])


#: What starts each kind of key in ``EventText.keys`` (``_t12``: topic 12), in the
#: order they are written. Topics, places, sections and speakers are counted for a
#: search's facets; every key is a filter the event index answers by itself.
KEY_PREFIXES = {
    "topic": "_t",
    "place": "_p",
    "section": "_s",
    "speaker": "_k",
    "person": "_n",
    "year": "_y",
    "lang": "_l",
}


KeyValues = Mapping[str, Iterable[int | str]]


def facet_keys(values: KeyValues) -> str:
    """An event's keys as one short string (``"_t3 _t9 _p4 _s1 _k12 _y2019 _len"``).

    A turn's keys are its event's, with the turn's own speaker as the only speaker."""
    return " ".join(
        f"{prefix}{value}"
        for name, prefix in KEY_PREFIXES.items()
        for value in sorted(set(values.get(name, ())))  # type: ignore[type-var]
    )


def _key_values(ids: Sequence[int]) -> dict[int, KeyValues]:
    """Each event's key values, read from its rows."""
    found: dict[int, dict[str, list[int | str]]] = defaultdict(lambda: defaultdict(list))
    links: list[tuple[str, Iterable[tuple[int, int]]]] = [
        (name, model.objects.filter(event_id__in=ids).values_list("event_id", f"{name}_id"))
        for name, model in (("topic", EventTopic), ("place", EventPlace), ("section", EventSection))
    ]
    links.append(("person", EventPerson.objects.filter(event_id__in=ids).values_list(
        "event_id", "person_id"
    )))  # fmt: skip
    turns = Block.objects.filter(event_id__in=ids, kind=Block.Kind.TURN, person__isnull=False)
    links.append(("speaker", turns.values_list("event_id", "person_id").distinct()))
    for name, rows in links:
        for event_id, pk in rows:
            found[event_id][name].append(pk)
    for event_id, date, language in Event.objects.filter(pk__in=ids).values_list(
        "pk", "date", "language"
    ):
        found[event_id]["lang"].append(language)
        if date:
            found[event_id]["year"].append(date.year)
    return {event_id: found[event_id] for event_id in ids}


def _turn_keys(event: KeyValues, speaker: int | None) -> str:
    return facet_keys({**event, "speaker": [] if speaker is None else [speaker]})


def _tags(ids: Sequence[int]) -> dict[int, list[str]]:
    """Names of each event's topics, places, persons (both forms) and sections."""
    found: dict[int, list[str]] = defaultdict(list)
    rows: Iterable[tuple[int, ...]]
    for model, fields in (
        (EventTopic, ("topic__name",)),
        (EventPlace, ("place__name",)),
        (EventPerson, ("name", "person__name")),
        (EventSection, ("section__name",)),
    ):
        rows = model.objects.filter(event_id__in=ids).values_list("event_id", *fields)
        for event_id, *names in rows:
            found[event_id].extend(n for n in names if n)
    return found


class _Heading(NamedTuple):
    """What an event's own row gives its index rows."""

    id: int
    title: str
    lead: str
    date: dt.date | None
    number: int


def _day(date: dt.date | None) -> int | None:
    """A date as the number YYYYMMDD, the order a search sorts by."""
    return date.year * 10_000 + date.month * 100 + date.day if date else None


def _index_rows(
    heading: _Heading,
    blocks: Iterable[tuple[int, str, str, int | None, int]],
    tags: Iterable[str],
    keys: KeyValues,
) -> tuple[EventText, list[TurnText]]:
    """One event's rows from its texts: (block id, kind, text, speaker, position) in
    body order, tag names, key values."""
    body: list[str] = []
    turns: list[TurnText] = []
    day = _day(heading.date)
    for block_id, kind, text, speaker, position in blocks:
        stemmed = _stemmed(text, MAX_TURN_WORDS)
        body.append(stemmed)
        if kind == Block.Kind.TURN:
            turns.append(
                TurnText(
                    id=block_id,
                    block_id=block_id,
                    text=stemmed,
                    keys=_turn_keys(keys, speaker),
                    day=day,
                    number=heading.number,
                    position=position,
                    speaker=speaker,
                )
            )
    row = EventText(
        id=heading.id,
        event_id=heading.id,
        title=_stemmed(heading.title, MAX_TURN_WORDS),
        lead=_stemmed(heading.lead, MAX_TURN_WORDS),
        body=" ".join(" ".join(body).split(" ")[:MAX_BODY_WORDS]),
        tags=_stemmed(" ; ".join(n for n in tags if n), MAX_TURN_WORDS),
        keys=facet_keys(keys),
        day=day,
        number=heading.number,
    )
    return row, turns


def _rows(ids: Sequence[int]) -> Iterator[tuple[EventText, list[TurnText]]]:
    events = Event.objects.published().filter(pk__in=ids)
    heads = events.values_list("id", "title", "lead", "date", "number")
    blocks: dict[int, list[tuple[int, str, str, int | None, int]]] = defaultdict(list)
    texts = (
        Block.objects.filter(event_id__in=ids, kind__in=(Block.Kind.NARRATIVE, Block.Kind.TURN))
        .order_by("event_id", "position")
        .values_list("event_id", "id", "kind", "text", "person_id", "position")
    )
    for event_id, *block in texts:
        blocks[event_id].append(tuple(block))  # type: ignore[arg-type]
    tags = _tags(ids)
    keys = _key_values(ids)
    for head in heads:
        heading = _Heading(*head)
        yield _index_rows(heading, blocks[heading.id], tags[heading.id], keys[heading.id])


def unindex(ids: Sequence[int]) -> None:
    TurnText.objects.filter(block__event_id__in=ids).delete()
    EventText.objects.filter(id__in=ids).delete()


def advance_tiers() -> None:
    """Keep SQLite's recent tiers near their span after index rows were written
    (``schema.Index.advance``); one lookup per tier when there is nothing to move."""
    connection = writing(EventText)
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for index in schema.indexes():
            cursor.execute(index.tier_state)
            newest, boundary = cursor.fetchone()
            if boundary is None:  # the tier has no row (its table was emptied by hand)
                continue
            for sql in index.advance(int(newest), int(boundary)):
                cursor.execute(sql)


@contextmanager
def tiers_paused() -> Iterator[None]:
    """Writes of index rows in the block (a bulk import, rows copied by SQL) leave
    SQLite's recent tiers alone; after it, even when it fails, each tier starts again
    ``span`` ids below the newest row. Meanwhile searches use the whole index."""
    pause_tiers()
    try:
        yield
    finally:
        restart_tiers()


def pause_tiers() -> None:
    _start_tiers(lambda index: str(schema.PAUSED_TIER))


def restart_tiers() -> None:
    _start_tiers(lambda index: index.tier_start)


def _start_tiers(start: Callable[[schema.Index], str]) -> None:
    connection = writing(EventText)
    if connection.vendor != "sqlite":
        return
    # One transaction: a tier must never claim rows it does not hold.
    with transaction.atomic(), connection.cursor() as cursor:
        for index in schema.indexes():
            for sql in index.start_tier(start(index)):
                cursor.execute(sql)


def index_events(ids: Sequence[int], *, advance: bool = True) -> int:
    """(Re)index these events; those not indexable lose their rows. Returns rows written.

    ``advance=False`` leaves the recent tiers alone (a full rebuild refills them)."""
    written = 0
    with transaction.atomic():
        for start in range(0, len(ids), BATCH):
            chunk = list(ids[start : start + BATCH])
            unindex(chunk)
            events: list[EventText] = []
            turns: list[TurnText] = []
            for event_row, turn_rows in _rows(chunk):
                events.append(event_row)
                turns.extend(turn_rows)
            EventText.objects.bulk_create(events)
            TurnText.objects.bulk_create(turns, batch_size=BATCH)
            written += len(events)
        if advance:
            advance_tiers()
    return written


def index_event(event: Event) -> None:
    index_events([event.pk])


def index_written(event: Event, rows: WrittenRows) -> None:
    """Index an event from the rows the store has just written, without reading them back.

    The rows are the same ones ``_rows`` would read, so the result is the same; every
    block is new, so no turn of this event has an index row yet.
    """
    if not is_visible(event.status):
        unindex([event.pk])
        return
    texts = [
        (block.pk, block.kind, block.text, block.person_id, block.position)
        for block in rows.blocks
        if block.kind in (Block.Kind.NARRATIVE, Block.Kind.TURN)
    ]
    tags = [
        *(row.topic.name for row in rows.topics),
        *(row.place.name for row in rows.places),
        *(name for row in rows.persons for name in (row.name, row.person.name)),
        *(row.section.name for row in rows.sections),
    ]
    keys: KeyValues = {
        "topic": [row.topic_id for row in rows.topics],
        "place": [row.place_id for row in rows.places],
        "section": [row.section_id for row in rows.sections],
        "speaker": [
            block.person_id
            for block in rows.blocks
            if block.kind == Block.Kind.TURN and block.person_id is not None
        ],
        "person": [row.person_id for row in rows.persons],
        **_heading_keys(event),
    }
    heading = _Heading(event.pk, event.title, event.lead, event.date, event.number)
    row, turns = _index_rows(heading, texts, tags, keys)
    fields = {
        "title": row.title, "lead": row.lead, "body": row.body, "tags": row.tags,
        "keys": row.keys, "day": row.day, "number": row.number,
    }  # fmt: skip
    if rows.created or not EventText.objects.filter(id=event.pk).update(**fields):
        insert_rows(EventText, [row])
    insert_rows(TurnText, turns)
    advance_tiers()


def _heading_keys(event: Event) -> dict[str, list[int | str]]:
    """The keys an event's own row gives: its year and language."""
    return {"year": [event.date.year] if event.date else [], "lang": [event.language]}


def index_heading(event: Event) -> None:
    """A new event: index its title and lead (blocks and tags come with ``document_saved``)."""
    EventText.objects.create(
        id=event.pk,
        event_id=event.pk,
        title=_stemmed(event.title, MAX_TURN_WORDS),
        lead=_stemmed(event.lead, MAX_TURN_WORDS),
        body="",
        tags="",
        keys=facet_keys(_heading_keys(event)),
        day=_day(event.date),
        number=event.number,
    )


def refresh_heading(event: Event) -> None:
    """Saved through ``Event.save``: update the title and lead stems, and what the event
    and its turns carry of it (the date or language may have changed)."""
    values = _key_values([event.pk])[event.pk]
    day = _day(event.date)
    EventText.objects.filter(id=event.pk).update(
        title=_stemmed(event.title, MAX_TURN_WORDS),
        lead=_stemmed(event.lead, MAX_TURN_WORDS),
        keys=facet_keys(values),
        day=day,
    )
    # A turn's keys differ from its event's only by its speaker: one UPDATE per speaker.
    turns = TurnText.objects.filter(block__event=event)
    for speaker in turns.values_list("speaker", flat=True).distinct():
        turns.filter(speaker=speaker).update(keys=_turn_keys(values, speaker), day=day)


def reindex_all(batch: int = BATCH) -> int:
    """Rebuild every row and the engine's index from the events table."""
    connection = writing(EventText)
    sqlite = connection.vendor == "sqlite"
    with transaction.atomic(), connection.cursor() as cursor:
        # Read in the transaction: on the primary, not on a replica that may lag.
        ids = list(Event.objects.published().order_by("pk").values_list("pk", flat=True))
        if sqlite:
            # Per-row triggers are slow for a full rebuild: fill the rows, then
            # index them all in one statement.
            for sql in schema.SQLITE_DROP_TRIGGERS:
                cursor.execute(sql)
        TurnText.objects.all().delete()
        EventText.objects.all().delete()
        written = index_events(ids, advance=False)
        if sqlite:
            for index in schema.indexes():
                for sql in index.refill:
                    cursor.execute(sql)
            for sql in schema.SQLITE_TRIGGERS:
                cursor.execute(sql)
    return written
