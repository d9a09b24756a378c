"""Indexes for /turns on ``events_block`` (the API owns them: they serve only its list).

``api_turn_order``: a window of events' turns, read from the index alone (no block
rows and their text), with what the order and the filters need. ``api_turn_words``:
how many turns a word-count filter matches, and which, without reading every turn.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("api", "0001_initial"), ("events", "0001_initial")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS api_turn_order "
            "ON events_block (event_id, kind, position, person_id, word_count)",
            "DROP INDEX IF EXISTS api_turn_order",
        ),
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS api_turn_words ON events_block (kind, word_count)",
            "DROP INDEX IF EXISTS api_turn_words",
        ),
    ]
