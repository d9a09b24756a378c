"""``search()``: one function behind the search page, its JSON and feed, and the API.

The query is parsed into the syntax tree, its filters resolved to catalog ids,
and one SQL statement per need is run: the page of hits, and the total with every
facet (one statement over the matching rows, computed once). Only what a reader
may see is searched: published events, and scheduled ones already due.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

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
    total, facets, speaker_counts = _facets(plan)
    highlighter = Highlighter(*terms_of(parsed))
    hits: tuple[Hit, ...] = ()
    groups: tuple[SpeakerGroup, ...] = ()
    if order == "speaker":
        total = len(speaker_counts)
        groups = _groups(plan, speaker_counts[offset : offset + page_size], highlighter)
    elif offset < MAX_OFFSET:
        rows = _hit_rows(plan, order, page_size, offset)
        hits = _hits(kind, rows, highlighter, bool(parsed.must))
    return _replace(
        base,
        order=order,
        total=total,
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
    for name, values in sorted(query.tags.items()):
        for value in values:
            found = catalog.RESOLVERS[name](value)
            if not found:
                notices.append(f'No {name} is known as "{value}".')
                return None
            plan.where.append(_tag_condition(name, found, kind))
    return plan


def _tag_condition(name: str, ids: set[int], kind: str) -> str:
    if name == "speaker":
        if kind == TURNS:
            return f"b.person_id IN ({_ids(ids)})"
        return (
            "e.id IN (SELECT event_id FROM events_block "
            f"WHERE kind = 'turn' AND person_id IN ({_ids(ids)}))"
        )
    table, column = _TAG_TABLES[name]
    return f"e.id IN (SELECT event_id FROM {table} WHERE {column} IN ({_ids(ids)}))"


def _order_by(plan: _Plan, order: str) -> str:
    by_date = "e.date IS NULL, e.date DESC, e.number DESC"
    if plan.kind == TURNS:
        by_date += ", b.position"
    return f"score, {by_date}" if order == "relevance" else by_date


def _hit_rows(plan: _Plan, order: str, limit: int, offset: int) -> list[tuple[int, float]]:
    body, params = plan.from_where
    row = "e.id" if plan.kind == EVENTS else "b.id"
    sql = (
        f"SELECT {row}, {plan.match.score} AS score {body} "
        f"ORDER BY {_order_by(plan, order)} LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*plan.match.score_params, *params, limit, offset])
        return [(int(pk), float(score)) for pk, score in cursor.fetchall()]


# -- facets --------------------------------------------------------------------------


def _facets(plan: _Plan) -> tuple[int, Facets, list[tuple[int, FacetValue]]]:
    """The total, the facets, and every speaker with their count (for grouping)."""
    body, params = plan.from_where
    person = "b.person_id" if plan.kind == TURNS else "NULL"
    year = current().year("event_date")
    parts = ["SELECT 'total' AS facet, 0 AS id, COUNT(*) AS n FROM hits"]
    for facet, (table, column) in _TAG_TABLES.items():
        if facet == "person":
            continue
        parts.append(
            f"SELECT '{facet}', t.{column}, COUNT(*) FROM hits "
            f"JOIN {table} t ON t.event_id = hits.event_id GROUP BY t.{column}"
        )
    parts.append(
        f"SELECT 'year', {year}, COUNT(*) FROM hits WHERE event_date IS NOT NULL GROUP BY {year}"
    )
    if plan.kind == TURNS:
        parts.append(
            "SELECT 'speaker', person_id, COUNT(*) FROM hits "
            "WHERE person_id IS NOT NULL GROUP BY person_id"
        )
    else:
        parts.append(
            "SELECT 'speaker', b.person_id, COUNT(DISTINCT b.event_id) FROM hits "
            "JOIN events_block b ON b.event_id = hits.event_id "
            "WHERE b.kind = 'turn' AND b.person_id IS NOT NULL GROUP BY b.person_id"
        )
    sql = (
        f"WITH hits AS MATERIALIZED (SELECT e.id AS event_id, {person} AS person_id, "
        f"e.date AS event_date {body}) " + " UNION ALL ".join(parts)
    )
    counts: dict[str, list[tuple[int, int]]] = defaultdict(list)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for facet, key, count in cursor.fetchall():
            counts[facet].append((int(key), int(count)))
    total = counts["total"][0][1] if counts["total"] else 0
    speakers = _named_facet(counts["speaker"], Person, "speaker", len(counts["speaker"]))
    facets = Facets(
        speakers=tuple(value for _, value in speakers[:FACET_SIZE]),
        topics=tuple(v for _, v in _named_facet(counts["topic"], Topic, "topic")),
        places=tuple(v for _, v in _named_facet(counts["place"], Place, "place")),
        sections=tuple(v for _, v in _named_facet(counts["section"], Section, "section")),
        years=tuple(
            FacetValue(str(y), n, f"from:{y} to:{y}")
            for y, n in sorted(counts["year"], reverse=True)
        ),
    )
    return total, facets, speakers


def _named_facet(
    counts: list[tuple[int, int]], model: Any, name: str, size: int = FACET_SIZE
) -> list[tuple[int, FacetValue]]:
    top = sorted(counts, key=lambda kc: (-kc[1], kc[0]))[:size]
    names = dict(model.objects.filter(id__in=[k for k, _ in top]).values_list("id", "name"))
    values = []
    for key, count in top:
        label = names.get(key, "")
        if label:
            quoted = label.replace('"', "")
            values.append((key, FacetValue(label, count, f'{name}:"{quoted}"')))
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
    plan: _Plan, speakers: list[tuple[int, FacetValue]], highlighter: Highlighter
) -> tuple[SpeakerGroup, ...]:
    """The best few turns of each speaker on this page, in one statement."""
    if not speakers:
        return ()
    body, params = plan.from_where
    ids = _ids({pk for pk, _ in speakers})
    # Scored first, then numbered: FTS5 cannot rank inside a window function.
    sql = (
        f"WITH scored AS MATERIALIZED (SELECT b.id AS id, b.person_id AS person_id, "
        f"{plan.match.score} AS score, e.date AS day, b.position AS position {body} "
        f"AND b.person_id IN ({ids})) "
        "SELECT id, score FROM (SELECT id, score, ROW_NUMBER() OVER (PARTITION BY person_id "
        "ORDER BY score, day IS NULL, day DESC, position) AS place FROM scored) ranked "
        "WHERE place <= %s"
    )
    score_params = plan.match.score_params
    with connection.cursor() as cursor:
        cursor.execute(sql, [*score_params, *params, TURNS_PER_SPEAKER])
        rows = [(int(pk), float(score)) for pk, score in cursor.fetchall()]
    per_speaker: dict[int | None, list[Hit]] = defaultdict(list)
    for hit in _turn_hits(rows, highlighter, bool(plan.query.must)):
        per_speaker[hit.person_id].append(hit)
    return tuple(
        SpeakerGroup(value, tuple(sorted(per_speaker[pk], key=lambda h: -h.score)))
        for pk, value in speakers
    )
