"""Search: who said what, when. ``search()`` is the one entry point (docs/search.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressroom.search.results import SearchResults


def search(
    query: str, *, page: int = 1, page_size: int = 20, order: str = "relevance"
) -> SearchResults:
    """Search what readers may see; see ``pressroom.search.engine.search``."""
    # Imported here so that importing the package does not load models before Django is set up.
    from pressroom.search.engine import search as run

    return run(query, page=page, page_size=page_size, order=order)


__all__ = ["search"]
