from __future__ import annotations

import pytest
from django.test import Client

from pressroom.document import Document
from tests.api.test_events import get

pytestmark = pytest.mark.django_db


def test_search_finds_published_events(archive: list[Document], client: Client) -> None:
    result = get(client, "/api/v1/search?q=harvest")
    assert result["total"] == 3
    assert {h["id"] for h in result["hits"]} == {100, 101, 102}
    assert "<mark>" in result["hits"][0]["snippet"]


def test_search_never_finds_a_draft(archive: list[Document], client: Client) -> None:
    assert get(client, "/api/v1/search?q=secret")["total"] == 0


def test_search_by_speaker_groups_turns(archive: list[Document], client: Client) -> None:
    result = get(client, "/api/v1/search?q=harvest&order=speaker")
    assert result["kind"] == "turns"
    assert result["groups"][0]["speaker"]["count"] == 3


def test_a_bad_query_is_a_400_naming_q(archive: list[Document], client: Client) -> None:
    response = client.get('/api/v1/search?q="unclosed')
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "q"
