"""Answers for when the database is gone, security headers on every response, no TRACE."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.template.loader import render_to_string
from django.views import defaults

logger = logging.getLogger("pressroom")


class DatabaseUnavailableMiddleware:
    """A database that disappears gives a clear 503, and the next request tries again.

    Django opens a fresh connection per request once the broken one is closed, so
    the site recovers by itself when the database is back, without a restart.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        return unavailable_response(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a database error raised outside a view (a middleware's) is a 503 too."""
    exception = sys.exc_info()[1]
    if isinstance(exception, Exception):
        response = unavailable_response(request, exception)
        if response is not None:
            return response
    return defaults.server_error(request)


def unavailable_response(request: HttpRequest, exception: Exception) -> HttpResponse | None:
    """503 with Retry-After when the database is gone or corrupt, else None."""
    # A lost connection means "unavailable", a damaged file ("database disk image is
    # malformed", a plain DatabaseError) too; a bad query (DataError, ProgrammingError,
    # IntegrityError) is a bug to report, not an outage.
    corrupt = type(exception) is DatabaseError
    lost = isinstance(exception, OperationalError | InterfaceError)
    if not corrupt and not (lost and not _database_answers()):
        return None
    logger.error("database unavailable: %s", exception, extra={"path": request.path})
    for conn in connections.all():
        conn.close()
    body = render_to_string("core/unavailable.html", request=None)
    response = HttpResponse(body, status=503)
    response["Retry-After"] = "30"
    return response


def _database_answers() -> bool:
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1 FROM django_migrations LIMIT 1")
        return True
    except DatabaseError:
        return False


class SecurityHeadersMiddleware:
    """Content-Security-Policy and Permissions-Policy, which Django 5.2 does not set; no banner."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if settings.PRESSROOM_CSP and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = settings.PRESSROOM_CSP
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        # In place of the HTTP server's own banner, which names its software.
        response["Server"] = "pressroom"
        return response


class RefuseTraceMiddleware:
    """TRACE (and its old alias TRACK) echo a request back: 405 for them, whatever the path."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in ("TRACE", "TRACK"):
            return HttpResponseNotAllowed(["GET", "HEAD", "POST", "OPTIONS"])
        return self.get_response(request)
