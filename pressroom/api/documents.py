"""An event's Document as the API serves it: the JSON form plus the ids of its rows."""

from __future__ import annotations

from typing import Any

from pressroom.core import addresses
from pressroom.events.loading import load_with_ids
from pressroom.events.models import Event


def event_detail(event: Event) -> dict[str, Any]:
    """``event`` annotated with ``changed_at`` (``published_events``)."""
    loaded = load_with_ids(event)
    data = loaded.document.to_dict()
    number, language = event.number, event.language
    turns = loaded.turns()
    for block in data["body"]:
        if block["kind"] == "turn":
            sequence, _, _, person = next(turns)
            block["sequence"] = sequence
            block["person_id"] = person
            block["url"] = addresses.event_url(number, language, turn=sequence)
    ids = loaded.ids
    for tags, pks in ((data["persons"], ids.persons), (data["topics"], ids.topics),
                      (data["geography"], ids.places)):  # fmt: skip
        for tag, pk in zip(tags, pks, strict=True):
            tag["id"] = pk
    data["url"] = addresses.event_url(number, language)
    data["text_url"] = addresses.api_text_url(number, language)
    data["changed_at"] = event.changed_at  # type: ignore[attr-defined]
    return data
