"""Turns in reading order without sorting the archive: walk the events' dates, then their turns.

The order is the event's date (undated events first, as at the start of time), its
id and language, then the turn's place in the body. No index holds that order for
turns, and sorting every turn costs about a second at 100,000 events. Instead the
dates are walked in windows found by a few index walks (one per language and
visibility, as for the event list), and only the turns of a window's events are read
and sorted. A window starts at about half a page of events and grows fourfold while
the filters leave the page short.

A filter on the turn itself (speaker, word counts) that matches few turns is answered
from those turns instead: walking the dates for a rare speaker would read most of the
archive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from django.db.models import Q, QuerySet

from pressroom.api.queries import NO_DATE
from pressroom.api.window import parts as window_parts
from pressroom.document import LANGUAGES
from pressroom.events.models import Block, Event, visible

#: A turn filter matching at most this many visible turns is answered from its turns.
FEW_TURNS = 5_000

#: A window past this many events per index walk costs about what sorting does.
MAX_WINDOW = 20_000


class EventKey(NamedTuple):
    """An event's place in the order: sort date, public id, language."""

    date: dt.date
    number: int
    language: str


@dataclass(frozen=True)
class TurnRow:
    """One turn found by the walk: enough to order, number and fetch it."""

    event: EventKey
    event_pk: int
    event_date: dt.date | None
    pk: int
    position: int
    sequence: int | None  # known when every turn of the event was read

    def key(self) -> tuple[EventKey, int]:
        return self.event, self.position


@dataclass(frozen=True)
class Cursor:
    """The last turn served: its event and its position in that event's body."""

    event: EventKey
    position: int

    def key(self) -> tuple[EventKey, int]:
        return self.event, self.position

    def values(self) -> list[Any]:
        event = self.event
        return [event.date.isoformat(), event.number, event.language, self.position]


@dataclass(frozen=True)
class Scope:
    """The events whose turns are listed: visible, in these languages, maybe one id
    and a date range. ``q(prefix)`` states it for rows reaching events through
    ``prefix`` (``"event__"`` from a turn), so a turn query joins rather than
    gathering every visible event first."""

    languages: tuple[str, ...] = LANGUAGES
    number: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def q(self, prefix: str = "") -> Q:
        found = visible(prefix) & Q(**{f"{prefix}language__in": self.languages})
        if self.number is not None:
            found &= Q(**{f"{prefix}number": self.number})
        if self.date_from is not None:
            found &= Q(**{f"{prefix}date__gte": self.date_from})
        if self.date_to is not None:
            found &= Q(**{f"{prefix}date__lte": self.date_to})
        return found


@dataclass(frozen=True)
class Window:
    """The events dated ``after`` < date <= ``until`` (``after`` None: from the first
    dated event; ``until`` None: to the last)."""

    after: dt.date | None
    until: dt.date | None

    def q(self, prefix: str = "") -> Q:
        found = Q(**{f"{prefix}date__gt": self.after or NO_DATE})
        if self.until is not None:
            found &= Q(**{f"{prefix}date__lte": self.until})
        return found


def _parts(scope: Scope) -> list[QuerySet[Event]]:
    return window_parts(Event.objects.filter(scope.q()), scope.languages)


def next_window(scope: Scope, after: dt.date | None, count: int) -> Window:
    """The dates after ``after`` holding at least ``count`` events of ``scope`` (or all
    the rest): up to the ``count``-th event's date of each index walk, the earliest."""
    edges: list[dt.date] = []
    for part in _parts(scope):
        dated = part.filter(date__gt=after or NO_DATE).order_by("date")
        edges.extend(d for d in dated.values_list("date", flat=True)[count - 1 : count] if d)
    return Window(after, min(edges) if edges else None)


def _has_undated(scope: Scope, undated: Q) -> bool:
    """Whether any event, visible or not, is ``undated``: on the (language, date) index
    alone, one probe (visibility would lead SQLite to another index)."""
    return Event.objects.filter(undated, language__in=scope.languages).exists()


@dataclass(frozen=True)
class TurnFilter:
    """Conditions on the turn itself: its speaker and word count."""

    person: int | None = None
    min_words: int | None = None
    max_words: int | None = None

    def __bool__(self) -> bool:
        return (self.person, self.min_words, self.max_words) != (None, None, None)

    def q(self) -> Q:
        found = Q()
        if self.person is not None:
            found &= Q(person_id=self.person)
        if self.min_words is not None:
            found &= Q(word_count__gte=self.min_words)
        if self.max_words is not None:
            found &= Q(word_count__lte=self.max_words)
        return found

    def words_pass(self, words: int) -> bool:
        low, high = self.min_words, self.max_words
        return (low is None or words >= low) and (high is None or words <= high)


_COLUMNS = ("event__date", "event__number", "event__language", "position", "event_id", "pk")

#: A turn while the walk sorts: plain tuples, (event key, position) first, compare in C.
_Row = tuple[EventKey, int, int, int, dt.date | None]


def _ordered(fetched: Iterable[tuple[Any, ...]]) -> list[_Row]:
    rows = [
        (EventKey(date or NO_DATE, number, lang), position, event_pk, pk, date)
        for date, number, lang, position, event_pk, pk in fetched
    ]
    rows.sort()
    return rows


def _turn_rows(
    rows: list[_Row], cursor: Cursor | None, numbered: bool, limit: int | None = None
) -> list[TurnRow]:
    """``rows`` (in order) past ``cursor``, as TurnRows; ``numbered``: ``rows`` hold
    every turn of their events, so each one's sequence number is its count."""
    found: list[TurnRow] = []
    sequence, previous = 0, -1
    for key, position, event_pk, pk, date in rows:
        sequence = sequence + 1 if event_pk == previous else 1
        previous = event_pk
        if cursor is not None and (key, position) <= cursor.key():
            continue
        found.append(TurnRow(key, event_pk, date, pk, position, sequence if numbered else None))
        if limit is not None and len(found) > limit:
            break
    return found


def turns_of_events(
    events: Q, turn_filter: TurnFilter, cursor: Cursor | None, limit: int
) -> list[TurnRow]:
    """Up to ``limit`` + 1 turns passing ``turn_filter`` of the events matching
    ``events``, after ``cursor``, in order.

    The events are a subquery, so the database reads them first and each one's turns
    through the (event, ...) indexes; as a join, SQLite starts from the turns. Word
    counts are tested here: in SQL they would lead it to a word-count index instead.
    """
    turns = Block.objects.filter(kind=Block.Kind.TURN, event__in=Event.objects.filter(events))
    if turn_filter.person is not None:
        turns = turns.filter(person_id=turn_filter.person)
    fetched = turns.order_by().values_list(*_COLUMNS, "word_count")
    rows = _ordered(row[:-1] for row in fetched if turn_filter.words_pass(row[-1]))
    return _turn_rows(rows, cursor, numbered=not turn_filter, limit=limit)


def walk(
    scope: Scope, turn_filter: TurnFilter, cursor: Cursor | None, limit: int
) -> list[TurnRow] | None:
    """Up to ``limit`` + 1 turns after ``cursor``, in order, by date windows; None
    when the walk would need a window past ``MAX_WINDOW`` events."""
    events = scope.q()
    found: list[TurnRow] = []
    after: dt.date | None = None
    if cursor is None or cursor.event.date <= NO_DATE:
        # Undated events (announcements) sort first, as at the start of time; they are
        # few. Probed apart: with an OR, no index serves.
        for undated in (Q(date__isnull=True), Q(date=NO_DATE)):
            if _has_undated(scope, undated):
                found += turns_of_events(events & undated, turn_filter, cursor, limit)
        found.sort(key=TurnRow.key)
    else:
        # The cursor's own date is read again for the events after it that day.
        after = cursor.event.date - dt.timedelta(days=1)
    count = max(8, limit // 2 + 1)
    while len(found) <= limit:
        window = next_window(scope, after, count)
        found += turns_of_events(events & window.q(), turn_filter, cursor, limit)
        if window.until is None:
            break
        after, count = window.until, count * 4
        if count > MAX_WINDOW:
            return None
    return found[: limit + 1]


def few_turns(
    scope: Scope, turn_filter: TurnFilter, cursor: Cursor | None, limit: int
) -> list[TurnRow] | None:
    """Up to ``limit`` + 1 turns after ``cursor`` when ``turn_filter`` matches at most
    ``FEW_TURNS`` turns in the archive; None when it matches more.

    Counted through the speaker or word-count index alone; the turns are then read in
    a join, which the database starts from that index.
    """
    matching = Block.objects.filter(turn_filter.q(), kind=Block.Kind.TURN).order_by()
    if matching[FEW_TURNS : FEW_TURNS + 1].exists():
        return None
    turns = matching.filter(scope.q("event__")).values_list(*_COLUMNS)
    return _turn_rows(_ordered(turns), cursor, numbered=False, limit=limit)
