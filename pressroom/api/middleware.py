"""CORS for the read-only API, HEAD as GET, and one error shape for every status under /api/v1/."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from pressroom.api.errors import error_response

API_PREFIX = "/api/"
API_V1 = "/api/v1/"
READ_METHODS = ("GET", "HEAD", "OPTIONS")

Handler = Callable[[HttpRequest], HttpResponse]

#: Error codes of the answers Django gives before or around the API's own operations.
CODES = {404: "not_found", 405: "method_not_allowed", 500: "server_error", 503: "unavailable"}


class ApiCorsMiddleware:
    """Any origin may GET the API (docs/api.md)."""

    def __init__(self, get_response: Handler) -> None:
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


class ApiAnswersMiddleware:
    """HEAD is GET without the body, and no error under /api/v1/ is HTML.

    A HEAD request goes through the middleware below this one and the API as a GET, so
    it gets the same headers (``ETag`` and 304s included); the server drops the body.
    The API's operations answer their own errors as JSON; this answers the rest in the
    same shape: an unknown path, a method no operation takes, a server error.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_V1):
            return self.get_response(request)
        head = request.method == "HEAD"
        if head:
            request.method = "GET"
        try:
            response = self.get_response(request)
        finally:
            if head:
                request.method = "HEAD"
        if response.status_code >= 400 and not response.get("Content-Type", "").startswith(
            "application/json"
        ):
            return _json_error(request, response)
        return response


def _json_error(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    status = response.status_code
    message = response.reason_phrase
    if status == 404:
        message = f"no API operation at {request.path}"
    elif status == 405:
        allowed = "GET, HEAD, OPTIONS"
        response["Allow"] = allowed
        message = f"{request.method} is not allowed here: the API only reads ({allowed})"
    answer = error_response(status, CODES.get(status, "http_error"), message)
    for name, value in response.items():
        if name.lower() not in ("content-type", "content-length"):
            answer[name] = value
    return answer
