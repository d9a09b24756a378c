"""``search()``: one function behind the search page, its JSON and feed, and the API.

The query is parsed into the syntax tree, its filters resolved to catalog ids,
and one SQL statement per need is run: the page of hits, and the total with every
facet (one statement over the matching rows, computed once). Only what a reader
may see is searched: published events, and scheduled ones already due.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from django.db import connection
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from pressroom.events.models import Block, Event, Status
from pressroom.people.models import Person
from pressroom.search import catalog
from pressroom.search.backends import EVENTS, TURNS, TextMatch, current
from pressroom.search.compile import terms_of
from pressroom.search.query import Query, QueryError, parse
from pressroom.search.results import (
    Facets,
    FacetValue,
    Hit,
    SearchResults,
    SpeakerGroup,
)
from pressroom.search.snippets import Highlighter
from pressroom.taxonomy.models import Place, Section, Topic

ORDERS = ("relevance", "date", "speaker")
MAX_PAGE_SIZE = 100
#: Deep pages cost as much as all the pages before them; nobody reads that far.
MAX_OFFSET = 10_000
FACET_SIZE = 12
#: Ranking, facets and speaker groups cover at most this many matches: the newest
#: (by id, which is the order events enter the archive). A larger result says so
#: (``SearchResults.sample``); narrowing the search brings it under the bound.
WINDOW = 1_000
#: A total beyond this is not counted further: shown as "10,000+" (``total_exact``).
COUNT_CAP = 10_000
TURNS_PER_SPEAKER = 3

_TAG_TABLES = {
    "person": ("events_eventperson", "person_id"),
    "topic": ("events_eventtopic", "topic_id"),
    "place": ("events_eventplace", "place_id"),
    "section": ("events_eventsection", "section_id"),
}


@dataclass
class _Plan:
    """A parsed query made ready to run: the text match plus every other condition."""

    query: Query
    kind: str
    match: TextMatch
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    @property
    def from_where(self) -> tuple[str, list[Any]]:
        conditions = " AND ".join([*self.match.where, *self.where]) or "1 = 1"
        return f"FROM {self.match.source} WHERE {conditions}", [*self.match.params, *self.params]


def search(
    query: str,
    *,
    page: int = 1,
    page_size: int = 20,
    order: str = "relevance",
) -> SearchResults:
    """Search what readers may see. Never raises for a reader's input: bad syntax,
    an unknown order or a filter naming nobody come back as ``error``/``notices``."""
    page = max(1, int(page))
    page_size = min(max(1, int(page_size)), MAX_PAGE_SIZE)
    base = SearchResults(query=query, page=page, page_size=page_size, order=order)
    if order not in ORDERS:
        return _replace(base, error=f"order is one of {', '.join(ORDERS)}.")
    try:
        parsed = parse(query)
    except QueryError as exc:
        return _replace(base, error=str(exc))
    kind = TURNS if order == "speaker" else parsed.result_kind
    base = _replace(base, kind=kind, parsed=parsed.describe())
    if parsed.is_empty:
        return base
    notices: list[str] = []
    plan = _plan(parsed, kind, notices)
    if plan is None:
        return _replace(base, notices=tuple(notices))
    if order == "relevance" and not parsed.must:
        order = "date"
    offset = (page - 1) * page_size
    if offset >= MAX_OFFSET:
        notices.append(f"Results are shown up to number {MAX_OFFSET:,}; narrow the search.")
    rows = _window(plan)
    every = len(rows) <= WINDOW
    rows = rows[:WINDOW]
    # Speaker order counts speakers, not matches: no need to count those.
    total, total_exact = (len(rows), True) if every or order == "speaker" else _count(plan)
    facets, speakers = _facets(plan, rows)
    highlighter = Highlighter(*terms_of(parsed))
    ranked = bool(parsed.must)
    hits: tuple[Hit, ...] = ()
    groups: tuple[SpeakerGroup, ...] = ()
    if order == "speaker":
        total, total_exact = len(speakers), True
        groups = _groups(rows, speakers[offset : offset + page_size], highlighter, ranked)
    elif offset < MAX_OFFSET:
        if order == "date" and not every:
            page_rows = _hit_rows(plan, page_size, offset)
        else:
            key = _Row.rank_key if order == "relevance" else _Row.date_key
            best = heapq.nsmallest(offset + page_size, rows, key=key)[offset:]
            page_rows = [(r.id, float(r.score)) for r in best]
        hits = _hits(kind, page_rows, highlighter, ranked)
    return _replace(
        base,
        order=order,
        total=total,
        total_exact=total_exact,
        sample=0 if every else len(rows),
        hits=hits,
        groups=groups,
        facets=facets,
        notices=tuple(notices),
    )


def _replace(results: SearchResults, **changes: Any) -> SearchResults:
    return replace(results, **changes)


def _ids(values: set[int]) -> str:
    return ", ".join(str(int(v)) for v in sorted(values))


def _plan(query: Query, kind: str, notices: list[str]) -> _Plan | None:
    """The query's SQL parts, or None when a filter names nothing known (no results)."""
    plan = _Plan(query, kind, current().match(query, kind))
    plan.where.append("(e.status = %s OR (e.status = %s AND e.publish_at <= %s))")
    plan.params += [Status.PUBLISHED, Status.SCHEDULED, timezone.now()]
    if kind == TURNS:
        plan.where.append("b.kind = %s")
        plan.params.append(Block.Kind.TURN)
    if query.lang:
        plan.where.append("e.language = %s")
        plan.params.append(query.lang)
    if query.date_from:
        plan.where.append("e.date >= %s")
        plan.params.append(query.date_from)
    if query.date_to:
        plan.where.append("e.date <= %s")
        plan.params.append(query.date_to)
    # Where the text index gives the event's id, tag filters test that id before any
    # join: a match outside the filter then costs one lookup in a small set. (Not
    # dates: the events of a date range are no small set; the event's row is read
    # for visibility anyway.)
    event = plan.match.probe if kind == EVENTS and plan.match.probe else "e.id"
    for name, values in sorted(query.tags.items()):
        for value in values:
            found = catalog.RESOLVERS[name](value)
            if not found:
                notices.append(f'No {name} is known as "{value}".')
                return None
            plan.where.append(_tag_condition(name, found, kind, event, plan.match.probe))
    return plan


def _tag_condition(name: str, ids: set[int], kind: str, event: str, probe: str) -> str:
    if name == "speaker":
        if kind == TURNS and probe:
            return (
                f"{probe} IN (SELECT id FROM events_block "
                f"WHERE kind = 'turn' AND person_id IN ({_ids(ids)}))"
            )
        if kind == TURNS:
            return f"b.person_id IN ({_ids(ids)})"
        return (
            f"{event} IN (SELECT event_id FROM events_block "
            f"WHERE kind = 'turn' AND person_id IN ({_ids(ids)}))"
        )
    table, column = _TAG_TABLES[name]
    return f"{event} IN (SELECT event_id FROM {table} WHERE {column} IN ({_ids(ids)}))"


def _hit_rows(plan: _Plan, limit: int, offset: int) -> list[tuple[int, float]]:
    """A page of every match, newest first (when the window does not hold them all)."""
    body, params = plan.from_where
    row = "e.id" if plan.kind == EVENTS else "b.id"
    by_date = "e.date IS NULL, e.date DESC, e.number DESC"
    if plan.kind == TURNS:
        by_date += ", b.position"
    sql = f"SELECT {row} {body} ORDER BY {by_date} LIMIT %s OFFSET %s"
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit, offset])
        return [(int(pk), 0.0) for (pk,) in cursor.fetchall()]


# -- the window of matches -----------------------------------------------------------


class _Row(NamedTuple):
    """One match: an event, or a turn with its event (a tuple: thousands are read)."""

    id: int
    event_id: int
    person_id: int | None
    date: dt.date | None
    number: int
    position: int
    score: float

    def date_key(self) -> tuple[bool, int, int, int]:
        """Newest first, as ``ORDER BY date DESC, number DESC, position``."""
        day = self.date.toordinal() if self.date else 0
        return (self.date is None, -day, -self.number, self.position)

    def rank_key(self) -> tuple[float, bool, int, int, int]:
        """Best score first (lower is better on both engines), ties to the newer."""
        return (self.score, *self.date_key())


def _window(plan: _Plan) -> list[_Row]:
    """The newest ``WINDOW + 1`` matches with their scores, in one statement.

    Newest by id: the engines walk their index backwards and stop, so a word found in
    every event costs little more than a rare one. One row more than the window
    tells whether it holds every match."""
    body, params = plan.from_where
    if plan.kind == TURNS:
        columns = "b.id, e.id, b.person_id, e.date, e.number, b.position"
    else:
        columns = "e.id, e.id, NULL, e.date, e.number, 0"
    match = plan.match
    sql = f"SELECT {columns}, {match.score} {body} ORDER BY {match.newest or 'e.id'} DESC LIMIT %s"
    with connection.cursor() as cursor:
        cursor.execute(sql, [*match.score_params, *params, WINDOW + 1])
        return [_Row._make(row) for row in cursor.fetchall()]


def _count(plan: _Plan) -> tuple[int, bool]:
    """Every match counted up to ``COUNT_CAP``: (count, whether that is all of them)."""
    body, params = plan.from_where
    sql = f"SELECT COUNT(*) FROM (SELECT 1 AS one {body} LIMIT %s) capped"
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, COUNT_CAP + 1])
        found = int(cursor.fetchone()[0])
    return min(found, COUNT_CAP), found <= COUNT_CAP


# -- facets --------------------------------------------------------------------------


def _facets(plan: _Plan, rows: list[_Row]) -> tuple[Facets, list[tuple[int, FacetValue]]]:
    """The facets of these matches, and every speaker with their count (for grouping).

    Events are counted once each; turns count every matching turn (a topic of an
    event with three matching turns counts three)."""
    counts = _tag_counts(plan, rows)
    years: Counter[int] = Counter(r.date.year for r in rows if r.date)
    if plan.kind == TURNS:
        counts["speaker"] = Counter(r.person_id for r in rows if r.person_id is not None)
    names = _names(counts)
    speakers = _named_facet(counts["speaker"], names, "speaker", len(counts["speaker"]))
    facets = Facets(
        speakers=tuple(value for _, value in speakers[:FACET_SIZE]),
        topics=tuple(v for _, v in _named_facet(counts["topic"], names, "topic")),
        places=tuple(v for _, v in _named_facet(counts["place"], names, "place")),
        sections=tuple(v for _, v in _named_facet(counts["section"], names, "section")),
        years=tuple(
            FacetValue(str(y), n, f"from:{y} to:{y}")
            for y, n in sorted(years.items(), reverse=True)
        ),
    )
    return facets, speakers


def _tag_counts(plan: _Plan, rows: list[_Row]) -> dict[str, Counter[int]]:
    """Topic, place and section counts (and speakers of events), in one statement.

    The window's events are found again (without scores, a few milliseconds) in a
    materialized CTE rather than sent as a list of ids, and the tag tables are read
    with ``IN (SELECT ...)`` rather than a join: SQLite then probes each tag table's
    (event_id, tag) index once per event instead of scanning it."""
    counts: dict[str, Counter[int]] = defaultdict(Counter)
    per_event = Counter(r.event_id for r in rows)
    if not per_event:
        return counts
    # The window's events, sent as one parameter: finding them again with the query
    # would repeat the whole match when a filter is selective.
    window, window_params = current().id_list(sorted(per_event))
    ids = "SELECT event_id FROM w"
    grouped = plan.kind == EVENTS
    parts = []
    for facet, (table, column) in _TAG_TABLES.items():
        if facet == "person":
            continue
        if grouped:
            parts.append(
                f"SELECT '{facet}', {column}, COUNT(*) FROM {table} "
                f"WHERE event_id IN ({ids}) GROUP BY {column}"
            )
        else:
            parts.append(
                f"SELECT '{facet}', {column}, event_id FROM {table} WHERE event_id IN ({ids})"
            )
    if grouped:
        parts.append(
            "SELECT 'speaker', person_id, COUNT(*) FROM (SELECT DISTINCT event_id, person_id "
            f"FROM events_block WHERE event_id IN ({ids}) AND kind = 'turn' "
            "AND person_id IS NOT NULL) speakers GROUP BY person_id"
        )
    with connection.cursor() as cursor:
        cursor.execute(window + " UNION ALL ".join(parts), window_params)
        for facet, key, value in cursor.fetchall():
            counts[facet][int(key)] += int(value) if grouped else per_event[int(value)]
    return counts


_NAMED = {"speaker": Person, "topic": Topic, "place": Place, "section": Section}


def _names(counts: dict[str, Counter[int]]) -> dict[tuple[str, int], str]:
    """The names of every counted speaker and the top values of the other facets."""
    parts = []
    for facet, model in _NAMED.items():
        found = counts.get(facet)
        if not found:
            continue
        keys = set(found) if facet == "speaker" else set(_top(found, FACET_SIZE))
        table = model._meta.db_table
        parts.append(f"SELECT '{facet}', id, name FROM {table} WHERE id IN ({_ids(keys)})")
    if not parts:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts))
        return {(facet, int(pk)): name for facet, pk, name in cursor.fetchall()}


def _top(counts: Counter[int], size: int) -> list[int]:
    return [k for k, _ in sorted(counts.items(), key=lambda kc: (-kc[1], kc[0]))[:size]]


def _named_facet(
    counts: Counter[int], names: dict[tuple[str, int], str], name: str, size: int = FACET_SIZE
) -> list[tuple[int, FacetValue]]:
    values = []
    for key in _top(counts, size):
        label = names.get((name, key), "")
        if label:
            quoted = label.replace('"', "")
            values.append((key, FacetValue(label, counts[key], f'{name}:"{quoted}"')))
    return values


# -- hits ----------------------------------------------------------------------------


def _url(number: int, language: str) -> str:
    prefix = "" if language == "en" else f"/{language}"
    return f"{prefix}/events/president/news/{number}"


def _hits(
    kind: str, rows: list[tuple[int, float]], highlighter: Highlighter, ranked: bool
) -> tuple[Hit, ...]:
    if kind == EVENTS:
        return _event_hits(rows, highlighter, ranked)
    return _turn_hits(rows, highlighter, ranked)


def _event_hits(
    rows: list[tuple[int, float]], highlighter: Highlighter, ranked: bool
) -> tuple[Hit, ...]:
    ids = [pk for pk, _ in rows]
    events = {e.pk: e for e in Event.objects.filter(pk__in=ids)}
    texts: dict[int, list[str]] = defaultdict(list)
    if ranked:
        blocks = Block.objects.filter(
            event_id__in=ids, kind__in=(Block.Kind.NARRATIVE, Block.Kind.TURN)
        ).order_by("event_id", "position")
        for event_id, text in blocks.values_list("event_id", "text"):
            texts[event_id].append(text)
    hits = []
    for pk, score in rows:
        event = events[pk]
        candidates = [event.lead, *texts[pk]]
        best = max(candidates, key=highlighter.score) if ranked else event.lead
        hits.append(
            Hit(
                kind="event",
                number=event.number,
                language=event.language,
                title=event.title,
                date=event.date,
                url=_url(event.number, event.language),
                title_html=highlighter.highlight(event.title),
                snippet=highlighter.snippet(best) if best else "",
                score=-score,
            )
        )
    return tuple(hits)


def _turn_hits(
    rows: list[tuple[int, float]], highlighter: Highlighter, ranked: bool
) -> tuple[Hit, ...]:
    blocks = {
        b.pk: b
        for b in Block.objects.filter(pk__in=[pk for pk, _ in rows]).select_related(
            "event", "person"
        )
    }
    hits = []
    for pk, score in rows:
        block = blocks[pk]
        event = block.event
        hits.append(
            Hit(
                kind="turn",
                number=event.number,
                language=event.language,
                title=event.title,
                date=event.date,
                url=_url(event.number, event.language),
                title_html=mark_safe(escape(event.title)),
                snippet=highlighter.snippet(block.text),
                speaker=block.person.name if block.person else "",
                person_id=block.person_id,
                label=block.label,
                position=block.position,
                score=-score,
            )
        )
    return tuple(hits)


def _groups(
    rows: list[_Row],
    speakers: list[tuple[int, FacetValue]],
    highlighter: Highlighter,
    ranked: bool,
) -> tuple[SpeakerGroup, ...]:
    """The best few turns of each speaker on this page, from the window's rows."""
    wanted = {pk for pk, _ in speakers}
    best: dict[int, list[_Row]] = defaultdict(list)
    for row in sorted(rows, key=_Row.rank_key):
        if row.person_id in wanted and len(best[row.person_id]) < TURNS_PER_SPEAKER:
            best[row.person_id].append(row)
    chosen = [(r.id, float(r.score)) for pk, _ in speakers for r in best[pk]]
    per_speaker: dict[int | None, list[Hit]] = defaultdict(list)
    for hit in _turn_hits(chosen, highlighter, ranked):
        per_speaker[hit.person_id].append(hit)
    return tuple(
        SpeakerGroup(value, tuple(sorted(per_speaker[pk], key=lambda h: -h.score)))
        for pk, value in speakers
    )
