"""Reading a statistics request's query string: language, limits, filters; errors name the field."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, QueryDict

from pressroom.stats.queries.network import NetworkFilter


class BadParameter(ValueError):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


def language(request: HttpRequest) -> str:
    value = request.GET.get("lang", "en")
    codes = [code for code, _ in settings.LANGUAGES]
    if value not in codes:
        raise BadParameter("lang", f"expected one of {', '.join(codes)}, got {value[:20]!r}")
    return value


def optional_int(query: QueryDict, name: str, low: int = 0, high: int = 10**12) -> int | None:
    raw = query.get(name, "").strip()
    if not raw:
        return None
    # isascii: str.isdigit also holds for digits int() refuses, such as "²".
    if not (raw.isascii() and raw.isdigit()) or not low <= int(raw) <= high:
        raise BadParameter(name, f"expected a whole number from {low} to {high}, got {raw[:20]!r}")
    return int(raw)


def network_filter(request: HttpRequest) -> NetworkFilter:
    query = request.GET
    nodes = optional_int(query, "nodes", 2, 200)
    return NetworkFilter(
        language=language(request),
        topic=optional_int(query, "topic"),
        place=optional_int(query, "place"),
        year_from=optional_int(query, "from", 1, 9999),
        year_to=optional_int(query, "to", 1, 9999),
        nodes=nodes if nodes is not None else NetworkFilter.nodes,
    )
