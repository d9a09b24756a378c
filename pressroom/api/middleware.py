"""CORS for the read-only API: any origin may GET it (docs/api.md)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

API_PREFIX = "/api/"
READ_METHODS = ("GET", "HEAD", "OPTIONS")


class ApiCorsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        is_api = request.path.startswith(API_PREFIX)
        if is_api and request.method == "OPTIONS":
            # A preflight: answer it here, the API itself only reads.
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Headers"] = "Accept, If-None-Match, If-Modified-Since"
        else:
            response = self.get_response(request)
        if is_api and request.method in READ_METHODS:
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Expose-Headers"] = "ETag, Last-Modified, Retry-After"
            response["Access-Control-Max-Age"] = "86400"
        return response
