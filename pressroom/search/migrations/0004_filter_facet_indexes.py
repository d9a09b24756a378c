"""Covering indexes for the search's filters and facets, on tables the search reads.

- ``events_event (id, status, publish_at, language, date, number)``: every match is
  checked for visibility (status, publication time) and filters (language, date);
  this narrow index answers that without reading the event's wide row.
- ``(event_id, tag)`` on the topic, place and section links: a facet counts the tags
  of the matching events from the index alone.
"""

from django.db import migrations

INDEXES = {
    "search_event_visible": "events_event (id, status, publish_at, language, date, number)",
    "search_eventtopic_facet": "events_eventtopic (event_id, topic_id)",
    "search_eventplace_facet": "events_eventplace (event_id, place_id)",
    "search_eventsection_facet": "events_eventsection (event_id, section_id)",
}


class Migration(migrations.Migration):
    dependencies = [("search", "0003_block_speakers_index"), ("events", "0001_initial")]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {name} ON {columns}",
            f"DROP INDEX IF EXISTS {name}",
        )
        for name, columns in INDEXES.items()
    ]
