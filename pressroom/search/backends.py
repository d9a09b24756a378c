"""The two engines: how each one matches, ranks and reads a year.

Everything else in a search (status, filters, facets, paging) is the same SQL on
both, built in ``engine.py``. A backend gives the FROM clause that joins its
index to the events (or turns), the WHERE part that matches, and the score
(lower is better on both, so one ORDER BY serves).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pressroom.core.sql import reading
from pressroom.events.models import Event
from pressroom.search import compile as qc
from pressroom.search import schema
from pressroom.search.query import Query

EVENTS, TURNS = "events", "turns"
_BASE = {
    EVENTS: "events_event e",
    TURNS: "events_block b JOIN events_event e ON e.id = b.event_id",
}
_ROW = {EVENTS: "e.id", TURNS: "b.id"}
_CONTENT = {EVENTS: "search_eventtext", TURNS: "search_turntext"}


@dataclass
class TextMatch:
    """FROM, WHERE and score for the text part of a query."""

    source: str
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    score: str = "0"
    score_params: list[Any] = field(default_factory=list)
    #: The row id as the source reads it fastest in descending order (FTS5 walks its
    #: own rowids backwards without sorting): the key of the newest-matches window.
    newest: str = ""
    #: The matching row's id as the text index gives it, for ``IN (SELECT ...)``
    #: filters tested before any join ('' when there is no text index in the query).
    #: On SQLite a unary ``+`` keeps the IN from being handed to FTS5 as rowid lookups;
    #: PostgreSQL is given the plain column, so a small filter can lead through its
    #: index (a speaker's 4,000 turns, not a scan of every turn a common word is in).
    probe: str = ""
    #: The text index alone as a FROM clause (with ``where`` and ``probe``): enough to
    #: count matches when no filter reads the events' rows.
    index: str = ""
    #: Whether the match tests the keys it was given (the filters need no SQL of their own).
    keyed: bool = False
    #: The text index with its rows (``search_eventtext``/``search_turntext``) as ``row``:
    #: a window of matches read from these alone, when no filter reads the events' rows.
    rows: str = ""
    row: str = ""
    #: The same match in the recent tier only (``schema.Index``; SQLite): its
    #: ``rows`` give the newest matches when the tier holds enough of them.
    recent: TextMatch | None = None


class SQLite:
    """FTS5. ``CROSS JOIN`` keeps the FTS5 table the outer loop (SQLite joins in the
    written order then): the planner would otherwise start from an index on the
    blocks or events and ask FTS5 about each row, hundreds of times slower."""

    name = "sqlite"

    def match(self, query: Query, kind: str, keys: Sequence[Sequence[str]] = ()) -> TextMatch:
        index = schema.EVENT_INDEX if kind == EVENTS else schema.TURN_INDEX
        fts = index.fts
        # The index holds the keys too: filters are matched with the words.
        keyed = bool(keys)
        if query.must or keyed:
            match = self._fts_match(index, index.fts, query, kind, keys)
            match.recent = self._fts_match(index, index.recent, query, kind, keys)
            return match
        match = TextMatch(_BASE[kind], newest=_ROW[kind])
        if query.must_not:
            match.where.append(
                f"{_ROW[kind]} NOT IN (SELECT rowid FROM {fts} WHERE {fts} MATCH %s)"
            )
            match.params.append(qc.fts5_negative(query))
        return match

    def _fts_match(
        self,
        index: schema.Index,
        fts: str,
        query: Query,
        kind: str,
        keys: Sequence[Sequence[str]],
    ) -> TextMatch:
        content = _CONTENT[kind]
        covering = schema.COVERING[content].name
        columns = len(index.fts_columns(fts))
        every = schema.EVENT_WEIGHTS if kind == EVENTS else schema.TURN_WEIGHTS
        weights = ", ".join(str(w) for w in every[:columns])
        if kind == EVENTS:
            source = f"{fts} f CROSS JOIN events_event e ON e.id = f.rowid"
        else:
            source = (
                f"{fts} f CROSS JOIN events_block b ON b.id = f.rowid "
                "CROSS JOIN events_event e ON e.id = b.event_id"
            )
        return TextMatch(
            source,
            [f"{fts} MATCH %s"],
            [qc.fts5(query, keys, paired=fts != index.fts)],
            f"bm25({fts}, {weights})" if query.must else "0",
            newest="f.rowid",
            probe="+f.rowid",
            index=f"{fts} f",
            keyed=bool(keys),
            rows=f"{fts} f CROSS JOIN {content} k INDEXED BY {covering} ON k.id = f.rowid",
            row="k",
        )

    def day(self, column: str) -> str:
        """A date as the number YYYYMMDD."""
        return f"CAST(replace({column}, '-', '') AS INTEGER)"


class PostgreSQL:
    name = "postgresql"

    def match(self, query: Query, kind: str, keys: Sequence[Sequence[str]] = ()) -> TextMatch:
        """The keys are left to SQL conditions (``keyed`` stays False)."""
        table = _CONTENT[kind]
        if not query.has_text:
            return TextMatch(_BASE[kind], newest=_ROW[kind])
        tsquery = "to_tsquery('simple', %s)"
        if kind == EVENTS:
            source = f"{table} x JOIN events_event e ON e.id = x.id"
        else:
            source = (
                f"{table} x JOIN events_block b ON b.id = x.id "
                "JOIN events_event e ON e.id = b.event_id"
            )
        text = qc.tsquery(query)
        if not query.must:
            return TextMatch(
                source,
                [f"x.vector @@ {tsquery}"],
                [text],
                newest="x.id",
                probe="x.id",
                index=f"{table} x",
                rows=f"{table} x",
                row="x",
            )
        return TextMatch(
            source,
            [f"x.vector @@ {tsquery}"],
            [text],
            f"-ts_rank(x.vector, {tsquery})",
            [qc.tsquery_positive(query)],
            newest="x.id",
            probe="x.id",
            index=f"{table} x",
            rows=f"{table} x",
            row="x",
        )

    def day(self, column: str) -> str:
        """A date as the number YYYYMMDD."""
        return f"CAST(to_char({column}, 'YYYYMMDD') AS INTEGER)"


def current() -> SQLite | PostgreSQL:
    """The engine of the database searches read from."""
    vendor = reading(Event).vendor
    if vendor == "postgresql":
        return PostgreSQL()
    if vendor == "sqlite":
        return SQLite()
    raise RuntimeError(f"search: no backend for the {vendor} database")
