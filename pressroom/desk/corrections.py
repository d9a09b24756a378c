"""What readers are told about corrections: when, and what changed (never who)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from pressroom.desk.models import Revision
from pressroom.events.models import Event


@dataclass(frozen=True)
class Correction:
    at: dt.datetime
    summary: str
    note: str


def corrections_for(event: Event) -> list[Correction]:
    """Changes saved while readers could see the event, oldest first."""
    rows = Revision.objects.filter(event=event, is_correction=True).order_by("created_at", "pk")
    return [
        Correction(r.created_at, r.summary, r.note)
        for r in rows.only("created_at", "summary", "note")
    ]


def correction_context(event: Event) -> dict[str, Any]:
    """``corrections`` and ``corrected_on`` (None when never corrected) for a template."""
    corrections = corrections_for(event)
    return {
        "corrections": corrections,
        "corrected_on": corrections[-1].at if corrections else None,
    }
