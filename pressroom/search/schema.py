"""The engine's own objects beside the index rows: FTS5 tables or tsvector columns.

PostgreSQL's are made by migration 0002; SQLite's FTS5 tables as they are now by
0010 (``Index.remake``, also run by 0007 and 0008). ``reindex`` uses the same
statements to rebuild.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

EVENT_FTS = "search_event_fts"
TURN_FTS = "search_turn_fts"

#: Column weights for bm25: title, lead, body, tags, keys, then the pairs of title,
#: lead, body and tags. A word in the title counts most; the facet keys only filter,
#: they never rank; a phrase weighs what its words would in the same column.
EVENT_WEIGHTS = (10.0, 5.0, 1.0, 3.0, 0.0, 10.0, 5.0, 1.0, 3.0)

_EVENT_COLUMNS = ("title", "lead", "body", "tags", "keys")
#: The turn's text, its keys (weight 0 in bm25 too), and the text's pairs.
TURN_WEIGHTS = (1.0, 0.0, 1.0)
_TURN_COLUMNS = ("text", "keys")
#: Facet keys start with "_" (``_t12``): kept whole, they never equal a stem (stems
#: are letters and digits), so a reader's words cannot match them.
_KEYED_TOKENIZER = "tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\""

#: The SQL function (registered on every SQLite connection, ``apps.py``) that writes a
#: column's adjacent stems as one token each: "public librari open" becomes
#: "public_librari librari_open". A phrase is then matched, counted and weighed as
#: single tokens (``compile.py``) instead of by comparing the positions of every
#: match of its words, which for common words was most of a search's time.
PAIRS_FUNCTION = "pressroom_pairs"


def pairs(stems: str | None) -> str:
    """``stems`` (space-separated) as the tokens of each two adjacent ones."""
    words = (stems or "").split()
    return " ".join(f"{a}_{b}" for a, b in pairwise(words))


@dataclass(frozen=True)
class Index:
    """One FTS5 table over an index row table (``search_eventtext`` or ``search_turntext``),
    kept in step by triggers.

    Contentless: the rows are the content, and the triggers hand FTS5 their columns
    and the pairs of the ``paired`` ones (which are stored nowhere else)."""

    content: str
    fts: str
    columns: tuple[str, ...]
    paired: tuple[str, ...] = ()

    @property
    def fts_columns(self) -> tuple[str, ...]:
        return (*self.columns, *(f"{c}_pairs" for c in self.paired))

    def _values(self, row: str) -> str:
        return ", ".join(
            [f"{row}.{c}" for c in self.columns]
            + [f"{PAIRS_FUNCTION}({row}.{c})" for c in self.paired]
        )

    @property
    def table(self) -> str:
        return (
            f"CREATE VIRTUAL TABLE {self.fts} USING fts5({', '.join(self.fts_columns)}, "
            f"content='', {_KEYED_TOKENIZER})"
        )

    @property
    def triggers(self) -> list[str]:
        table, fts, names = self.content, self.fts, ", ".join(self.fts_columns)
        insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {self._values('new')});"
        delete = (
            f"INSERT INTO {fts}({fts}, rowid, {names}) "
            f"VALUES ('delete', old.id, {self._values('old')});"
        )
        return [
            f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN {insert} END",
            f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN {delete} END",
            f"CREATE TRIGGER {table}_au AFTER UPDATE OF {', '.join(self.columns)} ON {table} "
            f"BEGIN {delete} {insert} END",
        ]

    @property
    def drop_triggers(self) -> list[str]:
        return [f"DROP TRIGGER IF EXISTS {self.content}_{s}" for s in ("ai", "ad", "au")]

    @property
    def fill(self) -> str:
        """Index every row (into an empty FTS5 table)."""
        names = ", ".join(self.fts_columns)
        values = self._values(self.content)
        return f"INSERT INTO {self.fts}(rowid, {names}) SELECT id, {values} FROM {self.content}"

    def remake(self, execute: Callable[[str], Any]) -> None:
        """Drop the FTS5 table and its triggers, create them again, index every row."""
        for sql in self.drop_triggers:
            execute(sql)
        execute(f"DROP TABLE IF EXISTS {self.fts}")
        execute(self.table)
        execute(self.fill)
        for sql in self.triggers:
            execute(sql)


EVENT_INDEX = Index(
    "search_eventtext", EVENT_FTS, _EVENT_COLUMNS, paired=("title", "lead", "body", "tags")
)
TURN_INDEX = Index("search_turntext", TURN_FTS, _TURN_COLUMNS, paired=("text",))

#: SQLite: one index per content table holding all a window of matches reads, so the
#: window never reads the rows themselves (a row's keys lie after its long text, often
#: on overflow pages). Made by migration 0009; searches name them (``INDEXED BY``:
#: the planner prefers the rowid), so ``ensure_covering`` puts back any a later table
#: rebuild dropped.
COVERING = {
    "search_eventtext": ("search_eventtext_window", "id, keys, day, number"),
    "search_turntext": ("search_turntext_window", "id, keys, day, number, position, speaker"),
}


def ensure_covering(execute: Callable[[str], Any]) -> None:
    for table, (name, columns) in COVERING.items():
        execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})")


SQLITE_TRIGGERS = EVENT_INDEX.triggers + TURN_INDEX.triggers
SQLITE_DROP_TRIGGERS = EVENT_INDEX.drop_triggers + TURN_INDEX.drop_triggers
SQLITE_DROP = [*SQLITE_DROP_TRIGGERS, f"DROP TABLE IF EXISTS {EVENT_FTS}",
               f"DROP TABLE IF EXISTS {TURN_FTS}"]  # fmt: skip

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


def drop(apps: Any, schema_editor: Any) -> None:
    statements = {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)
