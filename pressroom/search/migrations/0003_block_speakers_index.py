"""A covering index for the speaker facet: which persons speak in which events.

On ``events_block`` (the search owns it: it serves only the facet's join), so the
count reads the index alone, not the blocks and their text.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0002_engine_index"), ("events", "0001_initial")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS search_block_speakers "
            "ON events_block (event_id, kind, person_id)",
            "DROP INDEX IF EXISTS search_block_speakers",
        )
    ]
