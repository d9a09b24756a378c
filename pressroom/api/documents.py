"""An event's Document as the API serves it: the JSON form plus the ids of its rows."""

from __future__ import annotations

from typing import Any

from pressroom.core import addresses
from pressroom.events.loading import load_event
from pressroom.events.models import Event


def event_detail(event: Event) -> dict[str, Any]:
    """``event`` prefetched with ``with_document_rows`` (for the row ids tags and turns get)."""
    doc = load_event(event)
    data = doc.to_dict()
    number, language = event.number, event.language
    turn_rows = [b for b in event.blocks.all() if b.kind == "turn"]
    sequence = 0
    for block in data["body"]:
        if block["kind"] == "turn":
            row = turn_rows[sequence]
            sequence += 1
            block["sequence"] = sequence
            block["person_id"] = row.person_id
            block["url"] = addresses.event_url(number, language, turn=sequence)
    for tag, ep in zip(data["persons"], event.eventperson_set.all(), strict=True):
        tag["id"] = ep.person_id
    for tag, et in zip(data["topics"], event.eventtopic_set.all(), strict=True):
        tag["id"] = et.topic_id
    for tag, epl in zip(data["geography"], event.eventplace_set.all(), strict=True):
        tag["id"] = epl.place_id
    data["url"] = addresses.event_url(number, language)
    data["text_url"] = addresses.api_text_url(number, language)
    data["changed_at"] = event.changed_at  # type: ignore[attr-defined]
    return data
