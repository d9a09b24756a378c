"""A covering index for turn matches: each matching turn is checked for its kind and
speaker and joined to its event from this index, not from the block's row (which
holds the turn's text and is many times wider).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0004_filter_facet_indexes")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS search_block_turn "
            "ON events_block (id, kind, person_id, event_id, position)",
            "DROP INDEX IF EXISTS search_block_turn",
        )
    ]
