"""The engine's own objects beside the index rows: FTS5 tables or tsvector columns.

Created by migration 0002 for the database in use (the other vendor's statements
are skipped); ``reindex`` uses the same statements to rebuild.
"""

from __future__ import annotations

from typing import Any

EVENT_FTS = "search_event_fts"
TURN_FTS = "search_turn_fts"

#: Column weights for bm25 (title, lead, body, tags, keys): a word in the title counts
#: most; the facet keys only filter, they never rank.
EVENT_WEIGHTS = (10.0, 5.0, 1.0, 3.0, 0.0)

_EVENT_COLUMNS = ("title", "lead", "body", "tags", "keys")
_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 0'"
#: Facet keys start with "_" (``_t12``): kept whole, they never equal a stem (stems
#: are letters and digits), so a reader's words cannot match them.
_KEYED_TOKENIZER = "tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\""

SQLITE_EVENT_TABLE = (
    f"CREATE VIRTUAL TABLE {EVENT_FTS} USING fts5({', '.join(_EVENT_COLUMNS)}, "
    f"content='search_eventtext', content_rowid='id', {_KEYED_TOKENIZER})"
)
SQLITE_TABLES = [
    SQLITE_EVENT_TABLE,
    f"CREATE VIRTUAL TABLE {TURN_FTS} USING fts5(text, "
    f"content='search_turntext', content_rowid='id', {_TOKENIZER})",
]


def _triggers(table: str, fts: str, columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    return [
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {table}_au AFTER UPDATE OF {names} ON {table} BEGIN {delete} {insert} END",
    ]


SQLITE_TRIGGERS = _triggers("search_eventtext", EVENT_FTS, _EVENT_COLUMNS) + _triggers(
    "search_turntext", TURN_FTS, ("text",)
)
SQLITE_DROP_TRIGGERS = [
    f"DROP TRIGGER IF EXISTS {table}_{suffix}"
    for table in ("search_eventtext", "search_turntext")
    for suffix in ("ai", "ad", "au")
]
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


#: Each facet's keys for the event of row ``{row}`` (vendor's year expression ``{year}``),
#: in ``indexer.facet_keys``'s order: group, then id.
_KEY_PARTS = (
    "SELECT 0 AS g, '_t' || topic_id AS key, topic_id AS pk "
    "FROM events_eventtopic WHERE event_id = {row}",
    "SELECT 1, '_p' || place_id, place_id FROM events_eventplace WHERE event_id = {row}",
    "SELECT 2, '_s' || section_id, section_id FROM events_eventsection WHERE event_id = {row}",
    "SELECT DISTINCT 3, '_k' || person_id, person_id FROM events_block "
    "WHERE event_id = {row} AND kind = 'turn' AND person_id IS NOT NULL",
    "SELECT DISTINCT 4, '_n' || person_id, person_id FROM events_eventperson "
    "WHERE event_id = {row} AND person_id IS NOT NULL",
    "SELECT 5, '_y' || {year}, 0 FROM events_event WHERE id = {row} AND date IS NOT NULL",
    "SELECT 6, '_l' || language, 0 FROM events_event WHERE id = {row}",
)


def fill_keys_sql(vendor: str) -> str:
    """One statement that writes every index row's facet keys from the event's rows."""
    row = "search_eventtext.id"
    if vendor == "postgresql":
        year = "CAST(EXTRACT(YEAR FROM date) AS INTEGER)"
        keys = " UNION ALL ".join(p.format(row=row, year=year) for p in _KEY_PARTS)
        joined = f"SELECT string_agg(key, ' ' ORDER BY g, pk) FROM ({keys}) AS k"
    else:
        year = "CAST(substr(date, 1, 4) AS INTEGER)"
        keys = " UNION ALL ".join(p.format(row=row, year=year) for p in _KEY_PARTS)
        joined = f"SELECT group_concat(key, ' ') FROM (SELECT key FROM ({keys}) ORDER BY g, pk)"
    return f"UPDATE search_eventtext SET keys = coalesce(({joined}), '')"


def create(apps: Any, schema_editor: Any) -> None:
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": SQLITE_TABLES + SQLITE_TRIGGERS, "postgresql": POSTGRES}
    for sql in statements.get(vendor, []):
        schema_editor.execute(sql)


def drop(apps: Any, schema_editor: Any) -> None:
    statements = {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)
