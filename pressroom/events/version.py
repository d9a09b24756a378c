"""The archive's data version: cached pages and figures are keyed by it, so any change
invalidates them.

Read from the database (so it is right in every process and on every server, whatever
cache backend is configured), at most once a second per process: a save in this
process resets it at once through the signals in ``apps.py``; a save elsewhere is
seen within ``MEMO_SECONDS``. What readers may see changes only by a save
(``publish-due`` saves the scheduled events it publishes).
"""

from __future__ import annotations

import threading
import time
from typing import Any

from django.db.models import Count, Max

from pressroom.events.models import Event
from pressroom.people.models import Person

MEMO_SECONDS = 1.0

_lock = threading.Lock()
_memo: tuple[float, str] | None = None


def data_version() -> str:
    global _memo
    now = time.monotonic()
    memo = _memo
    if memo is not None and now - memo[0] < MEMO_SECONDS:
        return memo[1]
    version = read_version()
    with _lock:
        _memo = (now, version)
    return version


def forget_version(**_: Any) -> None:
    """Signal receiver: events or persons changed here, read the version again."""
    global _memo
    with _lock:
        _memo = None


def read_version() -> str:
    # Apart, each aggregate reads an index (the latest change, the row count); together,
    # they would read the table.
    latest = Event.objects.aggregate(latest=Max("updated_at"))["latest"]
    count = Event.objects.count()
    persons = Person.objects.aggregate(latest=Max("updated_at"), count=Count("pk"))
    parts = (latest, count, persons["latest"], persons["count"])
    return "-".join(_stamp(part) for part in parts)


def _stamp(value: object) -> str:
    if value is None:
        return "0"
    if hasattr(value, "timestamp"):
        return str(int(value.timestamp() * 1_000_000))
    return str(value)
