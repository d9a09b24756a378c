"""The event index gains the keys as a fifth column: a filter (speaker, topic, place,
section, person, language, whole years) is matched by the text index itself, in the
same pass as the words. Fills every row's keys; on SQLite the event FTS5 table is
made again with that column and rebuilt from its rows.
"""

from typing import Any

from django.db import migrations

from pressroom.search import schema


def keyed(apps: Any, schema_editor: Any) -> None:
    vendor = schema_editor.connection.vendor
    schema_editor.execute(schema.fill_keys_sql(vendor, "search_eventtext"))
    if vendor == "sqlite":
        schema.EVENT_INDEX.remake(schema_editor.execute)


class Migration(migrations.Migration):
    dependencies = [("search", "0006_facet_keys")]

    # Not reversible: the earlier index had no column for the keys.
    operations = [migrations.RunPython(keyed)]
