"""Each turn's index row gains keys too: its event's (topics, places, sections, tagged
persons, year, language) and its own speaker. A search of turns then matches every
filter in the text index, and counts its facets from the turn's row. On SQLite the
turn FTS5 table is made again with the keys column, and a covering index reads the
keys without the turn's text.
"""

from typing import Any

from django.db import migrations, models

from pressroom.search import schema


def keyed(apps: Any, schema_editor: Any) -> None:
    vendor = schema_editor.connection.vendor
    schema_editor.execute(schema.fill_keys_sql(vendor, "search_turntext"))
    if vendor == "sqlite":
        schema.TURN_INDEX.remake(schema_editor.execute)
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS search_turntext_keys ON search_turntext (id, keys)"
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0007_keyed_event_index")]

    operations = [
        migrations.AddField(
            model_name="turntext",
            name="keys",
            field=models.TextField(
                default="",
                help_text=(
                    "Keys of the turn's speaker and of its event's topics, places, sections, "
                    "tagged persons, year and language: counted for facets, matched for filters."
                ),
            ),
        ),
        # Not reversible: the earlier index had no column for the keys.
        migrations.RunPython(keyed),
    ]
