"""The search index's own rows: each public event's and turn's text, stemmed.

These tables are the content of the engine's index: on SQLite, FTS5 tables read
them (external content, kept in step by triggers); on PostgreSQL, a generated
``tsvector`` column on each with a GIN index (both made in migration 0002).
Only events readers may see have rows here; others are removed (``indexer.py``).
"""

from __future__ import annotations

from django.db import models

from pressroom.events.models import Block, Event


class EventText(models.Model):
    """An event's stems per field. ``id`` is the event's primary key."""

    # An integer primary key is SQLite's rowid, which the FTS5 table shares.
    id = models.BigAutoField(primary_key=True)
    event = models.OneToOneField(Event, on_delete=models.CASCADE, related_name="search_text")
    title = models.TextField(help_text="Stems of the title.")
    lead = models.TextField(help_text="Stems of the lead.")
    body = models.TextField(help_text="Stems of every paragraph and turn, in order.")
    tags = models.TextField(help_text="Stems of the topic, place and person tags and sections.")
    keys = models.TextField(
        default="",
        help_text=(
            "Keys of the event's topics, places, sections, speakers, tagged persons, "
            "year and language (_t12 _p3 _s1 _k7 _n7 _y2019 _len): counted for "
            "facets, matched for filters."
        ),
    )
    # What a search sorts by, read with the keys from one index entry (never the event's row).
    day = models.IntegerField(null=True, help_text="The event's date as YYYYMMDD.")
    number = models.BigIntegerField(null=True, help_text="The event's number.")

    def __str__(self) -> str:
        return f"index of event {self.event_id}"


class TurnText(models.Model):
    """A speech turn's stems. ``id`` is the block's primary key."""

    id = models.BigAutoField(primary_key=True)
    block = models.OneToOneField(Block, on_delete=models.CASCADE, related_name="search_text")
    text = models.TextField(help_text="Stems of the turn's paragraphs.")
    keys = models.TextField(
        default="",
        help_text=(
            "Keys of the turn's speaker and of its event's topics, places, sections, "
            "tagged persons, year and language: counted for facets, matched for filters."
        ),
    )
    # What a search sorts and groups by, read with the keys from one index entry.
    day = models.IntegerField(null=True, help_text="The event's date as YYYYMMDD.")
    number = models.BigIntegerField(null=True, help_text="The event's number.")
    position = models.IntegerField(null=True, help_text="The turn's place in the event.")
    speaker = models.BigIntegerField(null=True, help_text="The speaking person's id.")

    def __str__(self) -> str:
        return f"index of turn {self.block_id}"
