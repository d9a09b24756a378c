"""An event's Document as the API serves it: the JSON form plus the ids of its rows."""

from __future__ import annotations

from typing import Any

from pressroom.api.links import event_url, turn_url
from pressroom.events.loading import load_with_ids
from pressroom.events.models import Event


def event_detail(event: Event) -> dict[str, Any]:
    """``event`` annotated with ``changed_at`` (``published_events``)."""
    loaded = load_with_ids(event)
    data = loaded.document.to_dict()
    number = event.number
    turns = loaded.turns()
    for block in data["body"]:
        if block["kind"] == "turn":
            sequence, _, _, person = next(turns)
            block["sequence"] = sequence
            block["person_id"] = person
            block["url"] = turn_url(number, sequence)
    ids = loaded.ids
    for tags, pks in ((data["persons"], ids.persons), (data["topics"], ids.topics),
                      (data["geography"], ids.places)):  # fmt: skip
        for tag, pk in zip(tags, pks, strict=True):
            tag["id"] = pk
    data["url"] = event_url(number)
    data["text_url"] = f"/api/v1/events/{number}/text" + (
        "" if event.language == "en" else f"?language={event.language}"
    )
    data["changed_at"] = event.changed_at  # type: ignore[attr-defined]
    return data
