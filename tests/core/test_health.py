from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from django.db import OperationalError
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory

from pressroom.core.logs import JsonFormatter


@pytest.mark.django_db
def test_healthz_reports_a_reachable_migrated_database(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "pending_migrations": 0}


@pytest.mark.django_db
def test_responses_carry_security_headers(client: Client) -> None:
    response = client.get("/healthz")
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_a_vanished_database_gives_a_clear_503_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from pressroom.core import middleware

    def view(request: HttpRequest) -> HttpResponse:
        raise OperationalError("unable to open database file")

    monkeypatch.setattr(middleware, "_database_answers", lambda: False)
    guard = middleware.DatabaseUnavailableMiddleware(view)
    request = RequestFactory().get("/events/president/news")
    response = guard.process_exception(request, OperationalError("gone"))
    assert response is not None and response.status_code == 503
    assert response["Retry-After"] == "30"
    assert b"Temporarily unavailable" in response.content


def test_a_query_error_with_the_database_up_is_left_to_django(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pressroom.core import middleware

    monkeypatch.setattr(middleware, "_database_answers", lambda: True)
    guard = middleware.DatabaseUnavailableMiddleware(lambda r: HttpResponse())
    assert guard.process_exception(RequestFactory().get("/"), OperationalError("x")) is None


def test_json_logs_are_one_object_a_line_with_extra_fields() -> None:
    record = logging.LogRecord("pressroom", logging.ERROR, __file__, 1, "boom %s", ("x",), None)
    record.path = "/events"
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "boom x"
    assert entry["level"] == "error"
    assert entry["path"] == "/events"


def test_a_bad_query_is_never_mistaken_for_an_outage(monkeypatch: pytest.MonkeyPatch) -> None:
    from django.db import DataError

    from pressroom.core import middleware

    monkeypatch.setattr(middleware, "_database_answers", lambda: False)
    guard = middleware.DatabaseUnavailableMiddleware(lambda r: HttpResponse())
    assert guard.process_exception(RequestFactory().get("/"), DataError("bad value")) is None


def test_a_corrupt_database_gives_a_503_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from django.db import DatabaseError

    from pressroom.core import middleware

    monkeypatch.setattr(middleware, "_database_answers", lambda: True)
    guard = middleware.DatabaseUnavailableMiddleware(lambda r: HttpResponse())
    response = guard.process_exception(
        RequestFactory().get("/"), DatabaseError("database disk image is malformed")
    )
    assert response is not None and response.status_code == 503
    assert response["Retry-After"] == "30"


class CorruptDatabaseMiddleware:
    """Fails as a middleware reading a damaged database file would."""

    def __init__(self, get_response: object) -> None:
        pass

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from django.db import DatabaseError

        raise DatabaseError("file is not a database")


@pytest.mark.django_db
def test_a_database_error_outside_a_view_is_a_503(client: Client, settings: Any) -> None:
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE[:3],
        "tests.core.test_health.CorruptDatabaseMiddleware",
        *settings.MIDDLEWARE[3:],
    ]
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert b"Temporarily unavailable" in response.content


@pytest.mark.django_db
def test_trace_is_refused(client: Client) -> None:
    assert client.generic("TRACE", "/").status_code == 405
    assert client.generic("TRACE", "/api/v1/events").status_code == 405


@pytest.mark.django_db
def test_no_response_names_the_server_software(client: Client) -> None:
    assert client.get("/healthz")["Server"] == "pressroom"
