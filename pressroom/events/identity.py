"""How an event without a printed id is recognised again on re-import (docs/import.md)."""

from __future__ import annotations

import hashlib

from pressroom.document import Document

#: Ids pressroom gives to events that arrive without one start here, far above the
#: source site's own ids, so the two never meet.
GENERATED_ID_BASE = 1_000_000_000
_GENERATED_ID_SPAN = 8_000_000_000


def source_key(doc: Document) -> str:
    """Language, title, date and time: what stays when a lead or transcript is corrected."""
    parts = [
        "pressroom.source-key/1",
        doc.language,
        doc.title.strip(),
        doc.date.isoformat() if doc.date else "",
        doc.time.strftime("%H:%M") if doc.time else "",
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def generated_number(key: str) -> int:
    return GENERATED_ID_BASE + int(key[:15], 16) % _GENERATED_ID_SPAN


def document_hash(doc: Document) -> str:
    return hashlib.sha256(doc.to_json().encode()).hexdigest()
