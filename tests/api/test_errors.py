from __future__ import annotations

import pytest
from django.test import Client

from pressroom.document import Document

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "status", "code", "field"),
    [
        ("/api/v1/events?limit=201", 422, "invalid", "limit"),
        ("/api/v1/events?from=someday", 422, "invalid", "from"),
        ("/api/v1/events?cursor=not-a-cursor", 400, "bad_cursor", "cursor"),
        ("/api/v1/events/12345", 404, "not_found", None),
        ("/api/v1/persons/0", 422, "invalid", "id"),
        ("/api/v1/stats/archive/events-per-year.json?lang=xx", 400, "bad_parameter", "lang"),
        ("/api/v1/stats/archive/nothing.json", 404, "not_found", None),
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
