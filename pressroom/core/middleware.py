"""Answers for when the database is gone, and security headers on every response."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

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
        # Only a lost connection means "unavailable"; a bad query (DataError,
        # ProgrammingError, IntegrityError) is a bug to report, not an outage.
        if not isinstance(exception, OperationalError | InterfaceError) or _database_answers():
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
    """Content-Security-Policy and Permissions-Policy, which Django 5.2 does not set."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if settings.PRESSROOM_CSP and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = settings.PRESSROOM_CSP
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response
