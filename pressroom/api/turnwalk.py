"""Turns in reading order without sorting the archive: walk the events' dates, then their turns.

The order is the event's date (undated events first, as at the start of time), its
id and language, then the turn's place in the body. No index holds that order for
turns, and sorting every turn costs about a second at 100,000 events. Instead the
dates are walked in windows found by a few index walks (one per language, on the
partial index of visible events' dates), and only the turns of a window's events are read
and sorted. A window starts at about half a page of events and grows fourfold while
the filters leave the page short; past ``MAX_WINDOW`` events the database sorts.

A filter on the turn itself (speaker, word counts) that matches at most ``SOME_TURNS``
turns is answered from those turns instead (counted in the speaker or word-count
index first): walking the dates for a rare speaker would read most of the archive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from django.db.models import DateField, ExpressionWrapper, F, IntegerField, Q, QuerySet, Value
from django.db.models.functions import Coalesce

from pressroom.api import cursor as paging
from pressroom.document import LANGUAGES
from pressroom.events.models import NO_DATE, Block, Event, visible

#: A turn filter matching at most this many turns is answered from its turns, sorted
#: here up to ``FEW_TURNS`` and by the database up to ``SOME_TURNS``.
FEW_TURNS = 2_000
SOME_TURNS = 10_000

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

    def admits(self, date: dt.date | None, number: int, language: str) -> bool:
        """Whether a visible event with these columns is in scope: ``q`` but visibility."""
        if language not in self.languages or self.number not in (None, number):
            return False
        if self.date_from is not None and (date is None or date < self.date_from):
            return False
        return self.date_to is None or (date is not None and date <= self.date_to)


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
    """The scope's events per language: each one stretch of ``event_stats_scope``."""
    events = Event.objects.filter(scope.q())
    return [events.filter(language=code) for code in scope.languages]


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

    def q(self, speaker: str = "person_id", words: str = "word_count") -> Q:
        """The filter on the columns (or aliases) named ``speaker`` and ``words``."""
        found = Q()
        if self.person is not None:
            found &= Q(**{speaker: self.person})
        if self.min_words is not None:
            found &= Q(**{f"{words}__gte": self.min_words})
        if self.max_words is not None:
            found &= Q(**{f"{words}__lte": self.max_words})
        return found


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


def _unindexed(field: str) -> ExpressionWrapper:
    """``field`` + 0: tested from the row or index entry at hand, never looked up in an
    index of its own (SQLite, lacking statistics, would start from the speaker's or
    word-count index and read every turn they hold)."""
    return ExpressionWrapper(F(field) + 0, output_field=IntegerField())


def turns_of_events(
    events: Q, turn_filter: TurnFilter, cursor: Cursor | None, limit: int
) -> list[TurnRow]:
    """Up to ``limit`` + 1 turns passing ``turn_filter`` of the events matching
    ``events``, after ``cursor``, in order.

    The events are a subquery, so the database reads them first and each one's turns
    from the (event, kind, position, person, words) index alone.
    """
    turns = Block.objects.filter(kind=Block.Kind.TURN, event__in=Event.objects.filter(events))
    if turn_filter:
        turns = turns.alias(speaker=_unindexed("person_id"), words=_unindexed("word_count"))
        turns = turns.filter(turn_filter.q(speaker="speaker", words="words"))
    rows = _ordered(turns.order_by().values_list(*_COLUMNS))
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
    # About two turns an event: half a page of events; a turn filter matching more
    # than SOME_TURNS turns keeps about one in twenty, so start wider.
    count = max(8, limit // 2 + 1) * (8 if turn_filter else 1)
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
    ``SOME_TURNS`` turns in the archive (counted in its index alone); None when more.

    Up to ``FEW_TURNS``, the turns are read on that index, their events looked up by
    id and the turns sorted here: in one join, PostgreSQL may misjudge how many turns
    match (the word counts of omissions and separators blur its estimate) and read
    every event instead. Past that, the database sorts them.
    """
    matching = Block.objects.filter(turn_filter.q(), kind=Block.Kind.TURN).order_by()
    if matching[SOME_TURNS : SOME_TURNS + 1].exists():
        return None
    if matching[FEW_TURNS : FEW_TURNS + 1].exists():
        return sorted_turns(scope, turn_filter, cursor, limit)
    turns = list(matching.values_list("event_id", "position", "pk"))
    # Visibility in SQL; the rest of the scope here: with a language in SQL, SQLite
    # would walk that language's events rather than look the ids up.
    events = Event.objects.filter(visible(), pk__in={event_pk for event_pk, _, _ in turns})
    columns = events.order_by().values_list("pk", "date", "number", "language")
    keys = {pk: (date, number, lang) for pk, date, number, lang in columns
            if scope.admits(date, number, lang)}  # fmt: skip
    rows = _ordered(
        (*keys[event_pk], position, event_pk, pk)
        for event_pk, position, pk in turns
        if event_pk in keys
    )
    return _turn_rows(rows, cursor, numbered=False, limit=limit)


#: The order as the database sorts it; undated events as at the start of time.
_KEYS = ["sort_date", "event__number", "event__language", "position"]


def sorted_turns(
    scope: Scope, turn_filter: TurnFilter, cursor: Cursor | None, limit: int
) -> list[TurnRow]:
    """Up to ``limit`` + 1 turns after ``cursor``, the database sorting every matching
    turn past it: for a filter's few turns, or a sparse filter no walk of dates serves."""
    matching = Block.objects.filter(scope.q("event__"), turn_filter.q(), kind=Block.Kind.TURN)
    if cursor is not None and cursor.event.date > NO_DATE:
        # Past the undated events: the date column bounds what is sorted.
        matching = matching.filter(event__date__gte=cursor.event.date)
    turns: QuerySet[Any] = matching.annotate(
        sort_date=Coalesce(F("event__date"), Value(NO_DATE, output_field=DateField()))
    ).order_by(*_KEYS)
    if cursor is not None:
        turns = paging.after(turns, _KEYS, cursor.values(), descending=False)
    rows = turns.values_list(
        "sort_date", "event__number", "event__language", "event_id", "event__date", "pk", "position"
    )[: limit + 1]
    return [
        TurnRow(EventKey(date, number, lang), event_pk, real_date, pk, position, None)
        for date, number, lang, event_pk, real_date, pk, position in rows
    ]
