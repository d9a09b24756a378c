"""What a search returned, in a form tests compare at a glance."""

from __future__ import annotations

from pressroom.search import search
from pressroom.search.results import SearchResults


def found(results: SearchResults) -> list[str]:
    """``101`` for an event, ``101/ru``, ``101#2`` for the turn at position 2."""
    keys = []
    for hit in results.hits:
        key = str(hit.number) + ("" if hit.language == "en" else f"/{hit.language}")
        keys.append(f"{key}#{hit.position}" if hit.kind == "turn" else key)
    return keys


def keys(query: str, **kwargs: object) -> list[str]:
    results = search(query, page_size=100, **kwargs)  # type: ignore[arg-type]
    assert not results.error, results.error
    return found(results)
