"""FTS5 tables and triggers on SQLite; tsvector columns and GIN indexes on PostgreSQL.

The SQLite statements are those of this point in the history (the index rows had no
keys yet): SQLite checks every trigger when a later migration renames a table, so a
trigger naming a column added later would break that migration. 0007 and 0008 make
both FTS5 tables again as ``schema.py`` has them now.
"""

from typing import Any

from django.db import migrations

from pressroom.search import schema

_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 0'"
_TABLES = {
    "search_eventtext": (schema.EVENT_FTS, ("title", "lead", "body", "tags")),
    "search_turntext": (schema.TURN_FTS, ("text",)),
}


def _statements() -> list[str]:
    statements = []
    for table, (fts, columns) in _TABLES.items():
        names = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
        delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
        statements += [
            f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, "
            f"content='{table}', content_rowid='id', {_TOKENIZER})",
            f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN {insert} END",
            f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN {delete} END",
            f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
        ]
    return statements


def create(apps: Any, schema_editor: Any) -> None:
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": _statements(), "postgresql": schema.POSTGRES}
    for sql in statements.get(vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_index_rows")]

    operations = [migrations.RunPython(create, schema.drop, elidable=False)]
