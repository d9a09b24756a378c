"""The engine's own objects beside the index rows: FTS5 tables or tsvector columns.

PostgreSQL's are made by migration 0002; SQLite's FTS5 tables and their recent tiers
as they are now by 0010 (``Index.remake``, also run by 0007 and 0008).
``reindex`` uses the same statements to rebuild.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from pressroom.core.indexes import SqlIndex

EVENT_FTS = "search_event_fts"
TURN_FTS = "search_turn_fts"

#: Column weights for bm25: title, lead, body, tags, keys, then (in a recent tier) the
#: pairs of title, lead, body and tags. A word in the title counts most; the facet keys
#: only filter, they never rank; a phrase weighs what its words would in the same column.
EVENT_WEIGHTS = (10.0, 5.0, 1.0, 3.0, 0.0, 10.0, 5.0, 1.0, 3.0)

_EVENT_COLUMNS = ("title", "lead", "body", "tags", "keys")
#: The turn's text, its keys (weight 0 in bm25 too), and (in a tier) the text's pairs.
TURN_WEIGHTS = (1.0, 0.0, 1.0)
_TURN_COLUMNS = ("text", "keys")
#: Facet keys start with "_" (``_t12``): kept whole, they never equal a stem (stems
#: are letters and digits), so a reader's words cannot match them.
_KEYED_TOKENIZER = "tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\""

#: The SQL function (registered on every SQLite connection, ``apps.py``) that writes a
#: column's adjacent stems as one token each, for the recent tiers: "public librari
#: open" becomes "public_librari librari_open". A phrase is then matched and weighed
#: as single tokens (``compile.py``) instead of by comparing the positions of every
#: match of its words, which for a phrase of common words was most of a search's time.
PAIRS_FUNCTION = "pressroom_pairs"


def pairs(stems: str | None) -> str:
    """``stems`` (space-separated) as the tokens of each two adjacent ones."""
    words = (stems or "").split()
    return " ".join(map("_".join, pairwise(words)))


#: Where each recent tier begins (SQLite): its FTS5 table's name and the lowest row id
#: it holds.
TIERS_TABLE = "search_tier"
#: The start of a tier that holds nothing, beyond every row id: not yet started (the
#: rows span less than twice the tier), or paused by a bulk write (never started by
#: ``Index.advance``).
NO_TIER = 2**63 - 1
PAUSED_TIER = NO_TIER - 1


@dataclass(frozen=True)
class Index:
    """One FTS5 table over an index row table (``search_eventtext`` or ``search_turntext``),
    kept in step by triggers, and its recent tier.

    Contentless: the rows are the content, and the triggers hand FTS5 their columns
    (and, to the tier, the pairs of the ``paired`` ones, which are stored nowhere else).

    The **recent tier** (``recent``) is a second FTS5 table holding only the rows with
    the highest ids, at least ``span`` ids' worth and at most twice that (rows enter
    the archive in id order). A search reads its window of newest matches from the
    tier when the tier holds enough of them, and bm25 then weighs each word by its
    matches in the tier alone, not in the whole archive: a word found in most events
    costs what it costs in the tier, however large the archive grows. Only the tier
    holds the pairs: they are most of the cost of indexing a row, and a phrase's
    positions are costly to compare only where it has many matches."""

    content: str
    fts: str
    columns: tuple[str, ...]
    paired: tuple[str, ...] = ()
    recent: str = ""
    span: int = 0

    def fts_columns(self, fts: str) -> tuple[str, ...]:
        """The columns of the main table or (with the pairs) of the tier."""
        if fts == self.fts:
            return self.columns
        return (*self.columns, *(f"{c}_pairs" for c in self.paired))

    def _values(self, fts: str, row: str) -> str:
        pairs = [f"{PAIRS_FUNCTION}({row}.{c})" for c in self.paired] if fts != self.fts else []
        return ", ".join([f"{row}.{c}" for c in self.columns] + pairs)

    def _create(self, fts: str) -> str:
        return (
            f"CREATE VIRTUAL TABLE {fts} USING fts5({', '.join(self.fts_columns(fts))}, "
            f"content='', {_KEYED_TOKENIZER})"
        )

    @property
    def tables(self) -> tuple[str, ...]:
        """The FTS5 tables: the whole index, and its tier when it has one."""
        return (self.fts, self.recent) if self.recent else (self.fts,)

    @property
    def _boundary(self) -> str:
        return f"(SELECT boundary FROM {TIERS_TABLE} WHERE fts = '{self.recent}')"

    def _write(self, fts: str, row: str, delete: bool = False) -> str:
        """The statement that adds (or, given the row's values, removes) one row."""
        names, values = ", ".join(self.fts_columns(fts)), self._values(fts, row)
        if delete:
            names, values = f"{fts}, rowid, {names}", f"'delete', {row}.id, {values}"
        else:
            names, values = f"rowid, {names}", f"{row}.id, {values}"
        if fts == self.fts:
            return f"INSERT INTO {fts}({names}) VALUES ({values});"
        return f"INSERT INTO {fts}({names}) SELECT {values} WHERE {row}.id >= {self._boundary};"

    @property
    def triggers(self) -> list[str]:
        table = self.content
        insert = " ".join(self._write(fts, "new") for fts in self.tables)
        delete = " ".join(self._write(fts, "old", delete=True) for fts in self.tables)
        return [
            f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN {insert} END",
            f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN {delete} END",
            f"CREATE TRIGGER {table}_au AFTER UPDATE OF {', '.join(self.columns)} ON {table} "
            f"BEGIN {delete} {insert} END",
        ]

    @property
    def drop_triggers(self) -> list[str]:
        return [f"DROP TRIGGER IF EXISTS {self.content}_{s}" for s in ("ai", "ad", "au")]

    def _fill(self, fts: str, where: str = "") -> str:
        names = ", ".join(self.fts_columns(fts))
        values = self._values(fts, self.content)
        return f"INSERT INTO {fts}(rowid, {names}) SELECT id, {values} FROM {self.content}{where}"

    @property
    def fill(self) -> str:
        """Index every row (into an empty FTS5 table)."""
        return self._fill(self.fts)

    @property
    def refill(self) -> list[str]:
        """Empty both tables and index every row again, the tier from where it should begin."""
        statements = [f"INSERT INTO {self.fts}({self.fts}) VALUES ('delete-all')", self.fill]
        if self.recent:
            statements += self.start_tier(self.tier_start)
        return statements

    @property
    def _newest(self) -> str:
        return f"(SELECT coalesce(max(id), 0) FROM {self.content})"

    @property
    def tier_start(self) -> str:
        """Where a tier starts when made afresh (SQL): ``span`` ids below the newest row,
        or nowhere (an empty tier) while the rows span less than twice that: the whole
        index is small then, and a tier would only double every write."""
        newest = self._newest
        return (
            f"CASE WHEN {newest} >= {2 * self.span} THEN {newest} - {self.span} ELSE {NO_TIER} END"
        )

    def start_tier(self, boundary: str) -> list[str]:
        """Make the recent tier begin at ``boundary`` (SQL) and hold every row from there."""
        return [
            f"INSERT INTO {self.recent}({self.recent}) VALUES ('delete-all')",
            f"INSERT OR REPLACE INTO {TIERS_TABLE} (fts, boundary) "
            f"VALUES ('{self.recent}', {boundary})",
            self._fill(self.recent, f" WHERE id >= {self._boundary}"),
        ]

    @property
    def tier_state(self) -> str:
        """SQL giving the newest row id and the tier's start, for ``advance``."""
        return f"SELECT {self._newest}, {self._boundary}"

    def advance(self, newest: int, boundary: int) -> list[str]:
        """The statements that move the tier up to ``span`` ids below the newest row once
        it holds twice that (its older rows leave it), or start it there once the rows
        span twice that; none otherwise, nor while the tier is paused."""
        start = newest - self.span
        if boundary == NO_TIER and newest >= 2 * self.span:
            return self.start_tier(str(start))
        if boundary >= PAUSED_TIER or newest - boundary < 2 * self.span:
            return []
        names = ", ".join(self.fts_columns(self.recent))
        return [
            f"INSERT INTO {self.recent}({self.recent}, rowid, {names}) "
            f"SELECT 'delete', id, {self._values(self.recent, self.content)} FROM {self.content} "
            f"WHERE id >= {int(boundary)} AND id < {int(start)}",
            f"UPDATE {TIERS_TABLE} SET boundary = {int(start)} WHERE fts = '{self.recent}'",
        ]

    def remake(self, execute: Callable[[str], Any]) -> None:
        """Drop the FTS5 tables and their triggers, create them again, index every row."""
        for sql in self.drop_triggers:
            execute(sql)
        execute(
            f"CREATE TABLE IF NOT EXISTS {TIERS_TABLE} "
            "(fts TEXT PRIMARY KEY, boundary INTEGER NOT NULL)"
        )
        for fts in self.tables:
            execute(f"DROP TABLE IF EXISTS {fts}")
            execute(self._create(fts))
        for sql in self.refill:
            execute(sql)
        for sql in self.triggers:
            execute(sql)


#: The recent tiers: at 100,000 events, about the newest sixth of the events and of
#: the turns (a turn's id is its block's; about half the blocks are turns).
EVENT_RECENT_SPAN = 16_384
TURN_RECENT_SPAN = 65_536

EVENT_INDEX = Index(
    "search_eventtext",
    EVENT_FTS,
    _EVENT_COLUMNS,
    paired=("title", "lead", "body", "tags"),
    recent="search_event_recent",
    span=EVENT_RECENT_SPAN,
)
TURN_INDEX = Index(
    "search_turntext",
    TURN_FTS,
    _TURN_COLUMNS,
    paired=("text",),
    recent="search_turn_recent",
    span=TURN_RECENT_SPAN,
)

#: SQLite: one index per content table holding all a window of matches reads, so the
#: window never reads the rows themselves (a row's keys lie after its long text, often
#: on overflow pages). Searches name them (``INDEXED BY``: the planner prefers the rowid).
COVERING = {
    "search_eventtext": SqlIndex(
        "search_eventtext_window",
        "search_eventtext",
        "id, keys, day, number",
        ("search", "0009_index_row_order"),
        vendors=("sqlite",),
    ),
    "search_turntext": SqlIndex(
        "search_turntext_window",
        "search_turntext",
        "id, keys, day, number, position, speaker",
        ("search", "0009_index_row_order"),
        vendors=("sqlite",),
    ),
}

_FILTERS = ("search", "0004_filter_facet_indexes")

#: Every index the search's migrations make with SQL (``pressroom.core.indexes``): on
#: its own tables and on the events' (where only the search reads through them).
SQL_INDEXES = (
    SqlIndex(
        "search_block_speakers",
        "events_block",
        "event_id, kind, person_id",
        ("search", "0003_block_speakers_index"),
    ),
    SqlIndex(
        "search_event_public",
        "events_event",
        "id, visible, language, date, number",
        ("search", "0011_event_visible_index"),
    ),
    SqlIndex("search_eventtopic_facet", "events_eventtopic", "event_id, topic_id", _FILTERS),
    SqlIndex("search_eventplace_facet", "events_eventplace", "event_id, place_id", _FILTERS),
    SqlIndex("search_eventsection_facet", "events_eventsection", "event_id, section_id", _FILTERS),
    SqlIndex(
        "search_block_turn",
        "events_block",
        "id, kind, person_id, event_id, position",
        ("search", "0005_turn_match_index"),
    ),
    *COVERING.values(),
)


def indexes() -> tuple[Index, Index]:
    """Both indexes, as this module holds them when called."""
    return EVENT_INDEX, TURN_INDEX


SQLITE_TRIGGERS = EVENT_INDEX.triggers + TURN_INDEX.triggers
SQLITE_DROP_TRIGGERS = EVENT_INDEX.drop_triggers + TURN_INDEX.drop_triggers
SQLITE_DROP = [
    *SQLITE_DROP_TRIGGERS,
    *(f"DROP TABLE IF EXISTS {fts}" for index in indexes() for fts in index.tables),
    f"DROP TABLE IF EXISTS {TIERS_TABLE}",
]

# The stems are made in Python, so PostgreSQL only splits on spaces: 'simple'.
_EVENT_VECTOR = (
    "setweight(to_tsvector('simple'::regconfig, title), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, lead), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, tags), 'C') || "
    "setweight(to_tsvector('simple'::regconfig, body), 'D')"
)
POSTGRES = [
    f"ALTER TABLE search_eventtext ADD COLUMN vector tsvector "
    f"GENERATED ALWAYS AS ({_EVENT_VECTOR}) STORED",
    "CREATE INDEX search_eventtext_vector ON search_eventtext USING gin (vector)",
    "ALTER TABLE search_turntext ADD COLUMN vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, text)) STORED",
    "CREATE INDEX search_turntext_vector ON search_turntext USING gin (vector)",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS search_eventtext_vector",
    "ALTER TABLE search_eventtext DROP COLUMN IF EXISTS vector",
    "DROP INDEX IF EXISTS search_turntext_vector",
    "ALTER TABLE search_turntext DROP COLUMN IF EXISTS vector",
]


#: Each kind of key of the event ``{event}`` (vendor's year expression ``{year}``), in
#: ``indexer.facet_keys``'s order: group, then value.
_KEY_PARTS = {
    "topic": "SELECT 0 AS g, '_t' || topic_id AS key, topic_id AS pk "
    "FROM events_eventtopic WHERE event_id = {event}",
    "place": "SELECT 1, '_p' || place_id, place_id FROM events_eventplace WHERE event_id = {event}",
    "section": "SELECT 2, '_s' || section_id, section_id "
    "FROM events_eventsection WHERE event_id = {event}",
    "speaker": "SELECT DISTINCT 3, '_k' || person_id, person_id FROM events_block "
    "WHERE event_id = {event} AND kind = 'turn' AND person_id IS NOT NULL",
    "person": "SELECT DISTINCT 4, '_n' || person_id, person_id FROM events_eventperson "
    "WHERE event_id = {event} AND person_id IS NOT NULL",
    "year": "SELECT 5, '_y' || {year}, 0 FROM events_event WHERE id = {event} AND date IS NOT NULL",
    "lang": "SELECT 6, '_l' || language, 0 FROM events_event WHERE id = {event}",
}
#: A turn's speaker is its own (the turn's row is ``search_turntext``).
_TURN_SPEAKER = (
    "SELECT 3, '_k' || person_id, person_id FROM events_block "
    "WHERE id = search_turntext.id AND person_id IS NOT NULL"
)
_TURN_EVENT = "(SELECT event_id FROM events_block WHERE id = search_turntext.id)"


def fill_keys_sql(vendor: str, table: str = "search_eventtext") -> str:
    """One statement that writes every index row's keys (of ``search_eventtext`` or
    ``search_turntext``) from the events' rows."""
    parts = dict(_KEY_PARTS)
    event = f"{table}.id"
    if table == "search_turntext":
        parts["speaker"], event = _TURN_SPEAKER, _TURN_EVENT
    if vendor == "postgresql":
        year = "CAST(EXTRACT(YEAR FROM date) AS INTEGER)"
        keys = " UNION ALL ".join(p.format(event=event, year=year) for p in parts.values())
        joined = f"SELECT string_agg(key, ' ' ORDER BY g, pk) FROM ({keys}) AS k"
    else:
        year = "CAST(substr(date, 1, 4) AS INTEGER)"
        keys = " UNION ALL ".join(p.format(event=event, year=year) for p in parts.values())
        joined = f"SELECT group_concat(key, ' ') FROM (SELECT key FROM ({keys}) ORDER BY g, pk)"
    return f"UPDATE {table} SET keys = coalesce(({joined}), '')"


def remake_sqlite(apps: Any, schema_editor: Any) -> None:
    """A migration's step: both FTS5 tables and their tiers made as they are now."""
    if schema_editor.connection.vendor != "sqlite":
        return
    for index in indexes():
        index.remake(schema_editor.execute)


def drop(apps: Any, schema_editor: Any) -> None:
    statements = {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)
