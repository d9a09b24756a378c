"""The research API, version 1: one router per resource, mounted at /api/v1/ (docs/api.md)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from pressroom.api import events, persons, places, search, sections, stats, topics, turns
from pressroom.api.errors import ApiError, error_response, field_path, handle_api_error
from pressroom.api.throttle import ClientRateThrottle
from pressroom.stats.params import BadParameter

api = NinjaAPI(
    title="pressroom research API",
    version="1",
    description="Published events, speech turns, persons, topics, places and sections "
    "of the archive, and its statistics, as JSON. Every list pages with an opaque cursor "
    "(docs/api.md).",
    urls_namespace="api-v1",
    throttle=[ClientRateThrottle()],
)

for module in (events, turns, persons, topics, places, sections, search, stats):
    api.add_router("/", module.router)


@api.exception_handler(ApiError)
def _api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
    return handle_api_error(request, exc)


@api.exception_handler(ValidationError)
def _validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    first = exc.errors[0] if exc.errors else {}
    message = str(first.get("msg", "invalid request"))
    field = field_path(first.get("loc"))
    if first.get("type") == "string_too_long":
        # An over-long value (a search query, a cursor) is a 400, like a query the search
        # engine refuses: one status for a query too long, whichever bound it meets.
        return error_response(400, "too_long", message, field)
    return error_response(422, "invalid", message, field)


@api.exception_handler(BadParameter)
def _bad_parameter(request: HttpRequest, exc: BadParameter) -> HttpResponse:
    return error_response(400, "bad_parameter", str(exc), exc.field)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error_response(404, "not_found", str(exc) or "not found")


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    code = "rate_limited" if exc.status_code == 429 else "http_error"
    return error_response(exc.status_code, code, str(exc))
