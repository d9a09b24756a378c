"""Each event's facet values on its index row (``EventText.keys``), filled from the
link tables and turns; SQLite's update trigger narrowed to the indexed columns, so
that writing the keys does not re-index the text; and on SQLite a covering index
that reads the keys without the row's long text (PostgreSQL keeps long text out of
line already, and limits an index entry's size).
"""

from typing import Any

from django.db import migrations, models

from pressroom.search import schema

#: Each facet's values for the event of row ``{row}``, in ``facet_keys``'s order.
_KEYS = " UNION ALL ".join(
    f"SELECT {group} AS g, '{prefix}' || pk AS key, pk FROM ({sql}) AS v{group}"
    for group, (prefix, sql) in enumerate(
        (
            ("t", "SELECT topic_id AS pk FROM events_eventtopic WHERE event_id = {row}"),
            ("p", "SELECT place_id AS pk FROM events_eventplace WHERE event_id = {row}"),
            ("s", "SELECT section_id AS pk FROM events_eventsection WHERE event_id = {row}"),
            (
                "k",
                "SELECT DISTINCT person_id AS pk FROM events_block WHERE event_id = {row} "
                "AND kind = 'turn' AND person_id IS NOT NULL",
            ),
        )
    )
)


def _fill_sql(vendor: str) -> str:
    keys = _KEYS.format(row="search_eventtext.id")
    if vendor == "postgresql":
        joined = f"SELECT string_agg(key, ' ' ORDER BY g, pk) FROM ({keys}) AS k"
    else:
        joined = f"SELECT group_concat(key, ' ') FROM (SELECT key FROM ({keys}) ORDER BY g, pk)"
    return f"UPDATE search_eventtext SET keys = coalesce(({joined}), '')"


def fill(apps: Any, schema_editor: Any) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for sql in schema.SQLITE_DROP_TRIGGERS:
            schema_editor.execute(sql)
    schema_editor.execute(_fill_sql(vendor))
    if vendor == "sqlite":
        for sql in schema.SQLITE_TRIGGERS:
            schema_editor.execute(sql)
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS search_eventtext_keys ON search_eventtext (id, keys)"
        )


def unfill(apps: Any, schema_editor: Any) -> None:
    schema_editor.execute("DROP INDEX IF EXISTS search_eventtext_keys")


class Migration(migrations.Migration):
    dependencies = [("search", "0005_turn_match_index")]

    operations = [
        migrations.AddField(
            model_name="eventtext",
            name="keys",
            field=models.TextField(
                default="",
                help_text=(
                    "Facet values: t<topic id>, p<place id>, s<section id>, k<speaker id>, "
                    "separated by spaces (not searched: counted for facets)."
                ),
            ),
        ),
        migrations.RunPython(fill, unfill),
    ]
