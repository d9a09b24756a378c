"""Index rows carry what a search sorts and groups by: the event's date (as YYYYMMDD)
and number on both, a turn's position and speaker on the turn's. A search then reads
its window of matches from the index rows alone, with their keys, through one
covering index on SQLite (which replaces the keys-only ones).
"""

from typing import Any

from django.db import migrations, models

_DAY = {
    "sqlite": "CAST(replace(date, '-', '') AS INTEGER)",
    "postgresql": "CAST(to_char(date, 'YYYYMMDD') AS INTEGER)",
}
_COVERING = {
    "search_eventtext_window": "search_eventtext (id, keys, day, number)",
    "search_turntext_window": "search_turntext (id, keys, day, number, position, speaker)",
}


def fill(apps: Any, schema_editor: Any) -> None:
    vendor = schema_editor.connection.vendor
    event = "FROM events_event e WHERE e.id = search_eventtext.id"
    schema_editor.execute(
        f"UPDATE search_eventtext SET day = (SELECT {_DAY[vendor]} {event}), "
        f"number = (SELECT number {event})"
    )
    block = "FROM events_block b WHERE b.id = search_turntext.id"
    row = f"FROM search_eventtext k WHERE k.id = (SELECT event_id {block})"
    schema_editor.execute(
        f"UPDATE search_turntext SET position = (SELECT position {block}), "
        f"speaker = (SELECT person_id {block}), day = (SELECT day {row}), "
        f"number = (SELECT number {row})"
    )
    if vendor == "sqlite":
        schema_editor.execute("DROP INDEX IF EXISTS search_eventtext_keys")
        schema_editor.execute("DROP INDEX IF EXISTS search_turntext_keys")
        for name, columns in _COVERING.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {columns}")


def unfill(apps: Any, schema_editor: Any) -> None:
    for name in _COVERING:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0008_keyed_turn_index")]

    operations = [
        migrations.AddField(
            model_name="eventtext",
            name="day",
            field=models.IntegerField(null=True, help_text="The event's date as YYYYMMDD."),
        ),
        migrations.AddField(
            model_name="eventtext",
            name="number",
            field=models.BigIntegerField(null=True, help_text="The event's number."),
        ),
        migrations.AddField(
            model_name="turntext",
            name="day",
            field=models.IntegerField(null=True, help_text="The event's date as YYYYMMDD."),
        ),
        migrations.AddField(
            model_name="turntext",
            name="number",
            field=models.BigIntegerField(null=True, help_text="The event's number."),
        ),
        migrations.AddField(
            model_name="turntext",
            name="position",
            field=models.IntegerField(null=True, help_text="The turn's place in the event."),
        ),
        migrations.AddField(
            model_name="turntext",
            name="speaker",
            field=models.BigIntegerField(null=True, help_text="The speaking person's id."),
        ),
        migrations.RunPython(fill, unfill),
    ]
