from __future__ import annotations

import pytest
from django.test import Client

from pressroom.document import Document
from pressroom.stats import figures

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "status", "code", "field"),
    [
        ("/api/v1/events?limit=201", 422, "invalid", "limit"),
        ("/api/v1/events?from=someday", 422, "invalid", "from"),
        ("/api/v1/events?cursor=not-a-cursor", 400, "bad_cursor", "cursor"),
        ("/api/v1/events/12345", 404, "not_found", None),
        ("/api/v1/persons/0", 422, "invalid", "id"),
        ("/api/v1/events?cursor=" + "A" * 401, 400, "too_long", "cursor"),
        ("/api/v1/search?q=" + "a" * 501, 400, "too_long", "q"),
        ("/api/v1/stats/archive/events-per-year.json?lang=xx", 400, "bad_parameter", "lang"),
        ("/api/v1/stats/archive/nothing.json", 404, "not_found", None),
        ("/api/v1/stats/archive/events-per-year.xml", 404, "not_found", None),
        ("/api/v1/no-such-thing", 404, "not_found", None),
        ("/api/v1/events/", 404, "not_found", None),
    ],
)
def test_every_error_has_one_shape(
    archive: list[Document], client: Client, url: str, status: int, code: str, field: str | None
) -> None:
    response = client.get(url)
    assert response.status_code == status
    error = response.json()["error"]
    assert (error["code"], error["field"]) == (code, field)
    assert error["message"]


def test_a_client_over_its_rate_gets_429_with_retry_after(
    archive: list[Document], client: Client, settings: object
) -> None:
    settings.PRESSROOM_API_RATE = "3/min"  # type: ignore[attr-defined]
    statuses = [client.get("/api/v1/sections").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = client.get("/api/v1/sections")
    assert limited.json()["error"]["code"] == "rate_limited"
    assert int(limited["Retry-After"]) > 0
    other = client.get("/api/v1/sections", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


def test_the_docs_page_loads_nothing_from_other_hosts(client: Client, settings: object) -> None:
    settings.STORAGES = {  # type: ignore[attr-defined]
        **settings.STORAGES,  # type: ignore[attr-defined]
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    page = client.get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in page
    assert "http://" not in page and "https://" not in page


def test_the_openapi_document_lists_every_resource(client: Client) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for resource in ("events", "turns", "persons", "topics", "places", "sections"):
        assert f"/api/v1/{resource}" in paths


def test_a_forged_forwarded_for_does_not_escape_the_limit(
    archive: list[Document], client: Client, settings: object
) -> None:
    settings.PRESSROOM_API_RATE = "2/min"  # type: ignore[attr-defined]
    statuses = [
        client.get("/api/v1/sections", HTTP_X_FORWARDED_FOR=f"10.1.1.{n}").status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_a_method_the_api_does_not_take_is_a_json_405(client: Client, method: str) -> None:
    response = getattr(client, method)("/api/v1/events")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert response.json()["error"]["code"] == "method_not_allowed"


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/events",
        "/api/v1/events/100",
        "/api/v1/search?q=harvest",
        "/api/v1/stats",
        "/api/v1/stats/events/100/speaking-share.csv",
        "/api/v1/openapi.json",
    ],
)
def test_head_answers_as_get_without_a_body(
    archive: list[Document], client: Client, url: str
) -> None:
    got = client.get(url)
    head = client.head(url)
    assert (head.status_code, got.status_code) == (200, 200)
    assert head.content == b""
    for header in ("Content-Type", "Content-Length", "ETag"):
        assert head[header] == got[header]
    assert client.head(url, HTTP_IF_NONE_MATCH=got["ETag"]).status_code == 304


def test_head_of_an_unknown_path_is_404(client: Client) -> None:
    response = client.head("/api/v1/no-such-thing")
    assert response.status_code == 404 and response.content == b""


def test_a_server_error_is_json(archive: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(language: str) -> None:
        raise RuntimeError("a fault")

    monkeypatch.setitem(figures.ARCHIVE, "events-per-year", broken)
    client = Client(raise_request_exception=False)
    response = client.get("/api/v1/stats/archive/events-per-year.json")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "server_error"


def test_statistics_share_the_rate_limit(
    archive: list[Document], client: Client, settings: object
) -> None:
    settings.PRESSROOM_API_RATE = "2/min"  # type: ignore[attr-defined]
    assert client.get("/api/v1/sections").status_code == 200
    assert client.get("/api/v1/stats/archive/events-per-year.json").status_code == 200
    limited = client.get("/api/v1/stats/network.json")
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "rate_limited"


def test_the_openapi_document_lists_the_statistics(client: Client) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/stats" in paths
    assert "/api/v1/stats/archive/{name}.{fmt}" in paths
    assert "/api/v1/stats/network.json" in paths
