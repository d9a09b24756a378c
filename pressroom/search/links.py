"""Query strings for links: add a filter, remove one, change the order or page."""

from __future__ import annotations

import re
from urllib.parse import urlencode

_DATE_FILTERS = re.compile(r'(?<!\S)(?:from|to):(?:"[^"]*"|\S+)')


def add_filter(query: str, filter_text: str) -> str:
    """``query`` narrowed by ``filter_text``; a year replaces any earlier dates."""
    if filter_text in query:
        return query
    if filter_text.startswith(("from:", "to:")):
        query = _DATE_FILTERS.sub("", query)
    return " ".join(f"{query} {filter_text}".split())


def remove_filter(query: str, filter_text: str) -> str:
    return " ".join(query.replace(filter_text, " ").split())


def search_url(path: str, query: str, **params: object) -> str:
    pairs = {"query": query, **{k: v for k, v in params.items() if v not in (None, "", 1)}}
    return f"{path}?{urlencode(pairs)}"
