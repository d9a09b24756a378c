"""Public URLs the API hands out: citations, so they follow the site's URL grammar."""

from __future__ import annotations

EVENT_PATH = "/events/president/news/{number}"


def event_url(number: int) -> str:
    return EVENT_PATH.format(number=number)


def turn_url(number: int, sequence: int) -> str:
    """The permalink of a speech turn: the event page, anchored at the turn."""
    return f"{event_url(number)}#t{sequence}"


def api_event_url(number: int, language: str) -> str:
    suffix = "" if language == "en" else f"?language={language}"
    return f"/api/v1/events/{number}{suffix}"
