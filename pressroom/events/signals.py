"""Sent by the store after an event's rows are written, inside the same transaction.

The search index and caches listen to it, so they stay in step with every create
and update, whoever made it (import, desk, restore).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.dispatch import Signal

if TYPE_CHECKING:
    from pressroom.events.models import Block, EventPerson, EventPlace, EventSection, EventTopic

#: kwargs: ``event`` (the Event row), ``document`` (the Document as stored), and
#: ``rows`` (a ``WrittenRows``) when the sender wrote every child row itself.
document_saved = Signal()

#: Set on an Event while the store saves it: ``document_saved`` follows in the same
#: transaction, so a ``post_save`` listener may leave its work to that signal.
DOCUMENT_FOLLOWS = "_pressroom_document_follows"

#: Sent around many saves in a row (a large import), no kwargs: a listener may put off
#: work it would do on each save until ``bulk_write_finished``, which follows even when
#: the saves fail. ``bulk_write()`` sends both.
bulk_write_started = Signal()
bulk_write_finished = Signal()


@contextmanager
def bulk_write() -> Iterator[None]:
    """The saves in the block are many in a row (``bulk_write_started``/``_finished``)."""
    bulk_write_started.send(sender=None)
    try:
        yield
    finally:
        bulk_write_finished.send(sender=None)


@dataclass(frozen=True)
class WrittenRows:
    """The child rows just written, with their ids and related rows in memory.

    A listener that needs them (the search index) reads them here instead of
    querying back what was written a moment ago.
    """

    blocks: Sequence[Block]
    persons: Sequence[EventPerson]
    topics: Sequence[EventTopic]
    places: Sequence[EventPlace]
    sections: Sequence[EventSection]
    #: The event is new: no row of any kind referred to it before.
    created: bool = False
