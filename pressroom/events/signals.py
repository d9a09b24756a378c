"""Sent by the store after an event's rows are written, inside the same transaction.

The search index and caches listen to it, so they stay in step with every create
and update, whoever made it (import, desk, restore).
"""

from django.dispatch import Signal

#: kwargs: ``event`` (the Event row), ``document`` (the Document as stored).
document_saved = Signal()
