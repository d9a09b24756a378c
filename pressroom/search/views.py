"""The search page and its Atom feed: /search, /search/feed (the JSON form is the API's)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.feedgenerator import Atom1Feed

from pressroom.search import search
from pressroom.search.engine import ORDERS
from pressroom.search.links import add_filter, remove_filter, search_url
from pressroom.search.query import QueryError, clean, parse
from pressroom.search.results import FACETS, Hit, SearchResults

PAGE_SIZE = 20
FEED_SIZE = 20
MAX_PARAM = 2_000


def _int(request: HttpRequest, name: str, default: int, upper: int) -> int:
    raw = request.GET.get(name, "")
    if not raw.isdigit() or len(raw) > 9:
        return default
    return min(max(1, int(raw)), upper)


def _params(request: HttpRequest) -> tuple[str, int, str]:
    query = clean(request.GET.get("query", "")[:MAX_PARAM])
    order = request.GET.get("order", "relevance")
    return query, _int(request, "page", 1, 1_000_000), order if order in ORDERS else "relevance"


def _active_filters(query: str) -> list[dict[str, str]]:
    """Each filter in the query with a link that removes it."""
    try:
        parsed = parse(query)
    except QueryError:
        return []
    found = []
    for name, values in sorted(parsed.tags.items()):
        for value in values:
            for written in (f'{name}:"{value}"', f"{name}:{value}"):
                if written in query:
                    found.append({"text": written, "query": remove_filter(query, written)})
                    break
    return found


def search_page(request: HttpRequest) -> HttpResponse:
    query, page, order = _params(request)
    results = search(query, page=page, page_size=PAGE_SIZE, order=order)
    facets = [
        {
            "name": name,
            "values": [
                {"value": v, "url": search_url("/search", add_filter(query, v.filter), order=order)}
                for v in getattr(results.facets, name)
            ],
        }
        for name in FACETS
    ]

    def page_url(number: int) -> str:
        return search_url("/search", query, order=order, page=number)

    context: dict[str, Any] = {
        "title": f"Search: {query}" if query else "Search",
        "query": query,
        "results": results,
        "facets": [f for f in facets if f["values"]],
        "active_filters": _active_filters(query),
        "orders": [
            {"name": o, "url": search_url("/search", query, order=o), "current": o == results.order}
            for o in ORDERS
        ],
        "first_number": (results.page - 1) * results.page_size + 1,
        "previous_url": page_url(results.page - 1) if results.has_previous else "",
        "next_url": page_url(results.page + 1) if results.has_next else "",
        "feed_url": search_url("/search/feed", query),
        # The API's search is the JSON form (/search.json redirects to it).
        "json_url": "/api/v1/search?" + urlencode({"q": query, "order": order, "page": page}),
    }
    return render(request, "search/search.html", {**context, "translation_url": ""})


class SearchFeed(Feed):  # type: ignore[type-arg]
    """Any search as an Atom feed, newest first: a saved search a reader can follow."""

    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> SearchResults:
        query = clean(request.GET.get("query", "")[:MAX_PARAM])
        return search(query, page=1, page_size=FEED_SIZE, order="date")

    def title(self, obj: SearchResults) -> str:
        return f"Search: {obj.query}"

    def link(self, obj: SearchResults) -> str:
        return search_url("/search", obj.query, order="date")

    def subtitle(self, obj: SearchResults) -> str:
        return obj.error or f"{obj.total} results"

    def items(self, obj: SearchResults) -> tuple[Hit, ...]:
        return obj.hits

    def item_title(self, item: Hit) -> str:
        return f"{item.speaker or item.label}: {item.title}" if item.kind == "turn" else item.title

    def item_description(self, item: Hit) -> str:
        return item.snippet

    def item_link(self, item: Hit) -> str:
        return item.url

    def item_pubdate(self, item: Hit) -> dt.datetime | None:
        return dt.datetime.combine(item.date, dt.time()) if item.date else None
