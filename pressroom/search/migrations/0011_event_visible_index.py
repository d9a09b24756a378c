"""The search's covering index on the events checks the ``visible`` column (events
0006) instead of the status and publication time it replaces."""

from django.db import migrations

OLD = "events_event (id, status, publish_at, language, date, number)"
NEW = "events_event (id, visible, language, date, number)"


class Migration(migrations.Migration):
    dependencies = [("search", "0010_recent_tiers"), ("events", "0006_public_order")]

    operations = [
        migrations.RunSQL(
            "DROP INDEX IF EXISTS search_event_visible",
            f"CREATE INDEX IF NOT EXISTS search_event_visible ON {OLD}",
        ),
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS search_event_public ON {NEW}",
            "DROP INDEX IF EXISTS search_event_public",
        ),
    ]
