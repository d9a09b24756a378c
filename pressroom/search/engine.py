"""``search()``: one function behind the search page, its JSON and feed, and the API.

The query is parsed into the syntax tree, its filters resolved to catalog ids,
and one SQL statement per need is run: the page of hits, and the total with every
facet (one statement over the matching rows, computed once). Only what a reader
may see is searched: published events, and scheduled ones already due.
"""

from __future__ import annotations

import heapq
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain
from typing import Any, NamedTuple

from django.utils.html import escape
from django.utils.safestring import mark_safe

from pressroom.core.addresses import event_url
from pressroom.core.sql import reading
from pressroom.events.models import Block, Event
from pressroom.people.models import Person
from pressroom.search import filter_values
from pressroom.search.backends import EVENTS, TURNS, TextMatch, current
from pressroom.search.compile import terms_of
from pressroom.search.indexer import KEY_PREFIXES
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
    #: The tag filters that test the text index's own row id (``TextMatch.probe``).
    probe_where: list[str] = field(default_factory=list)
    #: Whether a filter reads the event's or turn's row (language, dates, an event's
    #: tags for turns): then even counting joins the rows.
    reads_rows: bool = False

    def from_where(self, join: str = "") -> tuple[str, list[Any]]:
        conditions = " AND ".join([*self.match.where, *self.where]) or "1 = 1"
        return (
            f"FROM {self.match.source} {join} WHERE {conditions}",
            [*self.match.params, *self.params],
        )


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
    index_only = _index_only(plan)
    rows = _window(plan, index_only)
    every = len(rows) <= WINDOW
    rows = rows[:WINDOW]
    # Speaker order counts speakers, not matches: no need to count those.
    if every or order == "speaker":
        total, total_exact = len(rows), True
    else:
        total, total_exact = _count(plan, index_only)
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
            best = _first(rows, offset + page_size, by_rank=order == "relevance")[offset:]
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


def _first(rows: list[_Row], count: int, by_rank: bool) -> list[_Row]:
    """The first ``count`` rows by rank (or date). By rank, the scores alone find the
    few rows that can be among them (a thousand keys built is a millisecond)."""
    if not by_rank:
        return heapq.nsmallest(count, rows, key=_Row.date_key)
    scores = heapq.nsmallest(count, [row.score for row in rows])
    if not scores:
        return []
    candidates = [row for row in rows if row.score <= scores[-1]]
    return heapq.nsmallest(count, candidates, key=_Row.rank_key)


def _replace(results: SearchResults, **changes: Any) -> SearchResults:
    return replace(results, **changes)


def _ids(values: set[int]) -> str:
    return ", ".join(str(int(v)) for v in sorted(values))


def _plan(query: Query, kind: str, notices: list[str]) -> _Plan | None:
    """The query's SQL parts, or None when a filter names nothing known (no results)."""
    tags: list[tuple[str, set[int]]] = []
    for name, values in sorted(query.tags.items()):
        for value in values:
            found = filter_values.RESOLVERS[name](value)
            if not found:
                notices.append(f'No {name} is known as "{value}".')
                return None
            tags.append((name, found))
    whole_years = _whole_years(query)
    keys = [[f"{KEY_PREFIXES[name]}{pk}" for pk in sorted(ids)] for name, ids in tags]
    if query.lang:
        keys.append([f"{KEY_PREFIXES['lang']}{query.lang}"])
    if whole_years:
        keys.append([f"{KEY_PREFIXES['year']}{year}" for year in whole_years])
    plan = _Plan(query, kind, current().match(query, kind, keys))
    plan.where.append("e.visible")
    if kind == TURNS:
        plan.where.append("b.kind = %s")
        plan.params.append(Block.Kind.TURN)
    keyed = plan.match.keyed
    conditions: list[tuple[str, object, bool]] = [
        ("e.language = %s", query.lang, keyed),
        ("e.date >= %s", query.date_from, keyed and bool(whole_years)),
        ("e.date <= %s", query.date_to, keyed and bool(whole_years)),
    ]
    for column, wanted, by_keys in conditions:
        if wanted and not by_keys:
            plan.where.append(column)
            plan.params.append(wanted)
            plan.reads_rows = True
    if keyed:
        return plan
    # Where the text index gives the event's id, tag filters test that id before any
    # join: a match outside the filter then costs one lookup in a small set. (Not
    # dates: the events of a date range are no small set; the event's row is read
    # for visibility anyway.)
    probe = plan.match.probe
    for name, ids in tags:
        condition, on_probe = _tag_condition(name, ids, kind, probe)
        plan.where.append(condition)
        if on_probe:
            plan.probe_where.append(condition)
        else:
            plan.reads_rows = True
    return plan


#: A date range is matched by year keys when it spans at most this many whole years.
MAX_KEYED_YEARS = 50


def _whole_years(query: Query) -> list[int]:
    """The years of a date range made of whole years (from 1 January to 31 December),
    or none: then the range is tested on the events' dates."""
    start, end = query.date_from, query.date_to
    if (
        not (start and end)
        or (start.month, start.day) != (1, 1)
        or (end.month, end.day) != (12, 31)
    ):
        return []
    if not 0 <= end.year - start.year < MAX_KEYED_YEARS:
        return []
    return list(range(start.year, end.year + 1))


def _tag_condition(name: str, ids: set[int], kind: str, probe: str) -> tuple[str, bool]:
    """SQL for a tag filter, and whether it tests only the text index's row id."""
    listed = _ids(ids)
    if name == "speaker" and kind == TURNS:
        if probe:
            return (
                f"{probe} IN (SELECT id FROM events_block "
                f"WHERE kind = 'turn' AND person_id IN ({listed}))"
            ), True
        return f"b.person_id IN ({listed})", False
    on_probe = kind == EVENTS and bool(probe)
    event = probe if on_probe else "e.id"
    if name == "speaker":
        return (
            f"{event} IN (SELECT event_id FROM events_block "
            f"WHERE kind = 'turn' AND person_id IN ({listed}))"
        ), on_probe
    table, column = _TAG_TABLES[name]
    return f"{event} IN (SELECT event_id FROM {table} WHERE {column} IN ({listed}))", on_probe


def _hit_rows(plan: _Plan, limit: int, offset: int) -> list[tuple[int, float]]:
    """A page of every match, newest first (when the window does not hold them all)."""
    body, params = plan.from_where()
    row = "e.id" if plan.kind == EVENTS else "b.id"
    by_date = "e.date IS NULL, e.date DESC, e.number DESC"
    if plan.kind == TURNS:
        by_date += ", b.position"
    sql = f"SELECT {row} {body} ORDER BY {by_date} LIMIT %s OFFSET %s"
    with reading(Event).cursor() as cursor:
        cursor.execute(sql, [*params, limit, offset])
        return [(int(pk), 0.0) for (pk,) in cursor.fetchall()]


# -- the window of matches -----------------------------------------------------------


class _Row(NamedTuple):
    """One match: an event, or a turn (a tuple: a thousand are read)."""

    id: int
    person_id: int | None
    #: The event's date as the number YYYYMMDD (no date objects: a thousand are read).
    day: int | None
    number: int
    position: int
    score: float
    #: The row's keys (``EventText.keys``, ``TurnText.keys``).
    keys: str

    def date_key(self) -> tuple[bool, int, int, int]:
        """Newest first, as ``ORDER BY date DESC, number DESC, position``."""
        return (self.day is None, -(self.day or 0), -self.number, self.position)

    def rank_key(self) -> tuple[float, bool, int, int, int]:
        """Best score first (lower is better on both engines), ties to the newer."""
        return (self.score, self.day is None, -(self.day or 0), -self.number, self.position)


_as_row = partial(tuple.__new__, _Row)


def _window(plan: _Plan, index_only: list[str] | None) -> list[_Row]:
    """The newest ``WINDOW + 1`` matches with their scores and keys, in one statement
    (on SQLite after a bounded count that chooses the recent tier or the whole index).

    Newest by id: the engines walk their index backwards and stop, so a word found in
    every event costs little more than a rare one. One row more than the window
    tells whether it holds every match. The index rows carry all a match needs, so
    the events (and turns) themselves are read only when a filter needs them."""
    match = plan.match
    if index_only is not None and match.rows:
        # The recent tier's newest matches are everyone's, when it has enough: counting
        # them (no scores, no rows) is cheap beside ranking in the wrong index.
        recent = match.recent
        if recent is not None and _count_of(recent, index_only, WINDOW + 1) > WINDOW:
            rows = _window_of(recent, plan.kind, index_only)
            # Another writer may have moved the tier up in between.
            if len(rows) > WINDOW:
                return rows
        return _window_of(match, plan.kind, index_only)
    day = current().day("e.date")
    if plan.kind == TURNS:
        columns = f"b.id, b.person_id, {day}, e.number, b.position"
        body, params = plan.from_where("LEFT JOIN search_turntext k ON k.id = b.id")
    else:
        columns = f"e.id, NULL, {day}, e.number, 0"
        body, params = plan.from_where("LEFT JOIN search_eventtext k ON k.id = e.id")
    return _newest(match, f"SELECT {columns}, {match.score}, k.keys {body} ", params)


def _window_of(match: TextMatch, kind: str, index_only: list[str]) -> list[_Row]:
    """The window read from a text index and its rows alone."""
    k = match.row
    turn = f"{k}.speaker, {k}.day, {k}.number, {k}.position"
    columns = turn if kind == TURNS else f"NULL, {k}.day, {k}.number, 0"
    conditions = " AND ".join([*match.where, *index_only])
    sql = f"SELECT {k}.id, {columns}, {match.score}, {k}.keys FROM {match.rows} WHERE {conditions} "
    return _newest(match, sql, list(match.params))


def _newest(match: TextMatch, sql: str, params: list[Any]) -> list[_Row]:
    sql += f"ORDER BY {match.newest} DESC LIMIT %s"
    with reading(Event).cursor() as cursor:
        cursor.execute(sql, [*match.score_params, *params, WINDOW + 1])
        # The columns are _Row's, in its order: the tuples become rows as they are.
        return list(map(_as_row, cursor.fetchall()))


def _count(plan: _Plan, index_only: list[str] | None) -> tuple[int, bool]:
    """Every match counted up to ``COUNT_CAP``: (count, whether that is all of them)."""
    if index_only is None:
        found = _capped_count(*plan.from_where(), COUNT_CAP + 1)
    else:
        found = _count_of(plan.match, index_only, COUNT_CAP + 1)
    return min(found, COUNT_CAP), found <= COUNT_CAP


def _count_of(match: TextMatch, index_only: list[str], cap: int) -> int:
    """The matches of a text index alone, counted up to ``cap``."""
    conditions = " AND ".join([*match.where, *index_only])
    return _capped_count(f"FROM {match.index} WHERE {conditions}", match.params, cap)


def _capped_count(body: str, params: list[Any], cap: int) -> int:
    sql = f"SELECT COUNT(*) FROM (SELECT 1 AS one {body} LIMIT %s) capped"
    with reading(Event).cursor() as cursor:
        cursor.execute(sql, [*params, cap])
        return int(cursor.fetchone()[0])


def _index_only(plan: _Plan) -> list[str] | None:
    """Conditions on the text index's row id that, with its match, hold for exactly the
    visible matches, or None when a filter reads the events' rows.

    The index holds exactly the events readers may see (``indexer.py``), so only the
    filters that test the row id remain."""
    if not plan.match.probe or plan.reads_rows:
        return None
    return list(plan.probe_where)


# -- facets --------------------------------------------------------------------------


def _facets(plan: _Plan, rows: list[_Row]) -> tuple[Facets, list[tuple[int, FacetValue]]]:
    """The facets of these matches, and every speaker with their count (for grouping).

    Counted from each match's facet keys: events once each; turns count every
    matching turn (a topic of an event with three matching turns counts three), and
    their speaker is the turn's own."""
    counts = _key_counts(rows)
    years = counts["year"]
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


#: The keys counted for facets, by their two-letter prefix (a dated row has a year key).
_FACET_OF_KEY = {
    KEY_PREFIXES[facet]: facet for facet in ("topic", "place", "section", "speaker", "year")
}


def _key_counts(rows: list[_Row]) -> dict[str, Counter[int]]:
    """How many rows carry each facet key, per facet (a turn's speaker is its own)."""
    tallied = Counter(chain.from_iterable(map(_facet_keys, [row.keys for row in rows])))
    counts: dict[str, Counter[int]] = defaultdict(Counter)
    for key, n in tallied.items():
        counts[_FACET_OF_KEY[key[:2]]][int(key[2:])] = n
    return counts


#: Each row's keys as ``_facet_keys`` read them, by the text of the keys: the rows of
#: recent events meet in most searches. Cleared when full (about 25 MB a process).
_FACET_KEYS: dict[str, tuple[str, ...]] = {}
FACET_KEYS_CACHED = 100_000


def _facet_keys(keys: str | None) -> tuple[str, ...]:
    """The facet keys among a row's keys, as the same string objects every time: they
    hash once, and counting a thousand rows' keys is then a few dictionary steps each."""
    if not keys:
        return ()
    found = _FACET_KEYS.get(keys)
    if found is None:
        if len(_FACET_KEYS) >= FACET_KEYS_CACHED:
            _FACET_KEYS.clear()
        found = tuple(sys.intern(key) for key in keys.split() if key[:2] in _FACET_OF_KEY)
        _FACET_KEYS[keys] = found
    return found


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
    with reading(Event).cursor() as cursor:
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


def _hits(
    kind: str, rows: list[tuple[int, float]], highlighter: Highlighter, ranked: bool
) -> tuple[Hit, ...]:
    if kind == EVENTS:
        return _event_hits(rows, highlighter, ranked)
    return _turn_hits(rows, highlighter, ranked)


def _fetch(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    with reading(Event).cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _event_hits(
    rows: list[tuple[int, float]], highlighter: Highlighter, ranked: bool
) -> tuple[Hit, ...]:
    """Hits for these events; the snippet comes from the lead or, ranked, the paragraph
    or turn that holds most of the query."""
    ids = _ids({pk for pk, _ in rows})
    if not ids:
        return ()
    events = {
        row[0]: row
        for row in _fetch(
            f"SELECT id, number, language, title, date, lead FROM events_event WHERE id IN ({ids})",
            [],
        )
    }
    texts: dict[int, list[str]] = defaultdict(list)
    if ranked:
        blocks = _fetch(
            f"SELECT event_id, text FROM events_block WHERE event_id IN ({ids}) "
            "AND kind IN (%s, %s) ORDER BY event_id, position",
            [Block.Kind.NARRATIVE, Block.Kind.TURN],
        )
        for event_id, text in blocks:
            texts[event_id].append(text)
    hits = []
    for pk, score in rows:
        _, number, language, title, date, lead = events[pk]
        candidates = [lead, *texts[pk]]
        best = max(candidates, key=highlighter.score) if ranked else lead
        hits.append(
            Hit(
                kind="event",
                number=number,
                language=language,
                title=title,
                date=date,
                url=event_url(number, language),
                title_html=highlighter.highlight(title),
                snippet=highlighter.snippet(best) if best else "",
                score=-score,
            )
        )
    return tuple(hits)


def _turn_hits(
    rows: list[tuple[int, float]], highlighter: Highlighter, ranked: bool
) -> tuple[Hit, ...]:
    ids = _ids({pk for pk, _ in rows})
    if not ids:
        return ()
    # A turn's sequence (its anchor on the page) counts the turns up to it.
    turns = {
        row[0]: row
        for row in _fetch(
            "SELECT b.id, b.text, b.label, b.position, b.person_id, p.name, "
            "e.number, e.language, e.title, e.date, "
            "(SELECT COUNT(*) FROM events_block s WHERE s.event_id = b.event_id "
            "AND s.kind = %s AND s.position <= b.position) FROM events_block b "
            "JOIN events_event e ON e.id = b.event_id "
            f"LEFT JOIN {Person._meta.db_table} p ON p.id = b.person_id WHERE b.id IN ({ids})",
            [Block.Kind.TURN],
        )
    }
    hits = []
    for pk, score in rows:
        _, text, label, position, person_id, speaker, number, language, title, date, sequence = (
            turns[pk]
        )
        hits.append(
            Hit(
                kind="turn",
                number=number,
                language=language,
                title=title,
                date=date,
                url=event_url(number, language, turn=sequence),
                title_html=mark_safe(escape(title)),
                snippet=highlighter.snippet(text),
                speaker=speaker or "",
                person_id=person_id,
                label=label,
                position=position,
                sequence=sequence,
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
