"""Signal handlers: every create, update, status change and delete reaches the index.

They read what was just written: from the primary, never from a replica that may lag.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from pressroom.core.routers import primary_only
from pressroom.events.models import Event, is_visible
from pressroom.events.signals import (
    DOCUMENT_FOLLOWS,
    WrittenRows,
    bulk_write_finished,
    bulk_write_started,
    document_saved,
)
from pressroom.search import indexer
from pressroom.search.models import EventText


@receiver(document_saved, dispatch_uid="search-document-saved")
@primary_only()
def on_document_saved(
    sender: Any, event: Event, rows: WrittenRows | None = None, **kwargs: Any
) -> None:
    if rows is not None and all(block.pk is not None for block in rows.blocks):
        indexer.index_written(event, rows)
    else:
        indexer.index_event(event)


@receiver(post_save, sender=Event, dispatch_uid="search-event-saved")
@primary_only()
def on_event_saved(sender: Any, instance: Event, created: bool, raw: bool, **kwargs: Any) -> None:
    """A desk changes status or publication time through ``Event.save``."""
    if raw or getattr(instance, DOCUMENT_FOLLOWS, False):
        # The store's ``document_saved`` indexes the whole event a moment later.
        return
    if not is_visible(instance.status):
        if not created:
            indexer.unindex([instance.pk])
    elif created:
        # A new row has no blocks or tags yet: its heading is all there is to index.
        indexer.index_heading(instance)
    elif not EventText.objects.filter(id=instance.pk).exists():
        indexer.index_event(instance)
    else:
        indexer.refresh_heading(instance)


@receiver(post_delete, sender=Event, dispatch_uid="search-event-deleted")
def on_event_deleted(sender: Any, instance: Event, **kwargs: Any) -> None:
    indexer.unindex([instance.pk])


@receiver(bulk_write_started, dispatch_uid="search-bulk-write-started")
def on_bulk_write_started(sender: Any, **kwargs: Any) -> None:
    """Many saves follow: the recent tiers wait, each save indexes into the whole index."""
    indexer.pause_tiers()


@receiver(bulk_write_finished, dispatch_uid="search-bulk-write-finished")
def on_bulk_write_finished(sender: Any, **kwargs: Any) -> None:
    indexer.restart_tiers()
