"""One error shape for every failure: ``{"error": {"code", "message", "field"}}``."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from ninja import Schema


class ErrorBody(Schema):
    code: str
    message: str
    field: str | None = None


class Error(Schema):
    error: ErrorBody


class ApiError(Exception):
    """Raised by a view for a client error; rendered in the one error shape."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field


def not_found(what: str) -> ApiError:
    return ApiError(404, "not_found", f"no published {what}")


def error_response(status: int, code: str, message: str, field: str | None = None) -> HttpResponse:
    body: dict[str, Any] = {"error": {"code": code, "message": message, "field": field}}
    return JsonResponse(body, status=status)


#: The error responses every operation documents.
ERRORS = {400: Error, 404: Error, 422: Error, 429: Error}


def field_path(loc: Any) -> str | None:
    """``["query", "limit"]`` -> ``limit``: where the client sent the bad value."""
    if not isinstance(loc, list | tuple):
        return None
    parts = [str(p) for p in loc if p not in ("query", "path", "body", "header")]
    return ".".join(parts) or None


def handle_api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
    return error_response(exc.status, exc.code, exc.message, exc.field)
