"""Each event's keys on its index row (``EventText.keys``, filled by 0007), and on
SQLite a covering index that reads them without the row's long text (PostgreSQL
keeps long text out of line already, and limits an index entry's size).
"""

from typing import Any

from django.db import migrations, models


def covering_index(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS search_eventtext_keys ON search_eventtext (id, keys)"
        )


def drop_covering_index(apps: Any, schema_editor: Any) -> None:
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
                    "Keys of the event's topics, places, sections, speakers, tagged persons, "
                    "year and language (_t12 _p3 _s1 _k7 _n7 _y2019 _len): counted for "
                    "facets, matched for filters."
                ),
            ),
        ),
        migrations.RunPython(covering_index, drop_covering_index),
    ]
