"""The search page, its JSON and its feed: any text a reader sends, never a 500.

The JSON is the API's search; its former address /search.json redirects there, so the
tests of it follow the redirect.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.search.conftest import Archive

pytestmark = pytest.mark.django_db

URLS = ("/search", "/search.json", "/search/feed")


@pytest.fixture(autouse=True)
def unthrottled(settings: Any) -> None:
    settings.PRESSROOM_API_RATE = "100000/min"


def test_the_page_shows_results_facets_and_marks(client: Client, archive: Archive) -> None:
    response = client.get("/search", {"query": "cooperation"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<mark>cooperation</mark>" in html
    assert "Foreign policy" in html and "topic%3A%22Foreign+policy%22" in html
    assert "/search/feed?query=cooperation" in html


def test_the_page_escapes_the_query(client: Client, archive: Archive) -> None:
    response = client.get("/search", {"query": '<script>alert("x")</script>'})
    html = response.content.decode()
    assert "<script>alert" not in html


def test_the_page_escapes_source_text(client: Client, archive: Archive) -> None:
    html = client.get("/search", {"query": "speaker:petrov prices"}).content.decode()
    assert "&lt;a lot&gt; &amp; more" in html


def test_the_page_says_what_is_wrong(client: Client, archive: Archive) -> None:
    response = client.get("/search", {"query": '"unclosed'})
    assert response.status_code == 200
    assert "is not closed" in response.content.decode()


def test_an_empty_query_shows_the_form_and_syntax(client: Client, archive: Archive) -> None:
    html = client.get("/search").content.decode()
    assert 'name="query"' in html and "How to search" in html


def test_who_says_it_most_on_the_page(client: Client, archive: Archive) -> None:
    html = client.get("/search", {"query": "energy OR gas", "order": "speaker"}).content.decode()
    assert "Who says it most" in html and "Anna Lindqvist" in html


def test_json_is_the_apis_search(client: Client, archive: Archive) -> None:
    params = {"query": "gas", "order": "date", "page": "2", "size": "5"}
    response = client.get("/search.json", params)
    assert response.status_code == 301
    assert response["Location"] == "/api/v1/search?q=gas&order=date&page=2&page_size=5"
    odd = client.get("/search.json", {"query": "gas", "order": "nonsense", "size": "-3"})
    assert odd["Location"] == "/api/v1/search?q=gas"
    page = client.get("/search", {"query": "gas"}).content.decode()
    assert 'href="/api/v1/search?q=gas&amp;order=relevance&amp;page=1"' in page


def test_json_pages(client: Client, archive: Archive) -> None:
    params = {"query": "kind:turns", "size": "2"}
    first = json.loads(client.get("/search.json", params, follow=True).content)
    second = client.get("/search.json", {**params, "page": "2"}, follow=True).json()
    assert first["pages"] == 4 and first["total"] == 7
    assert first["hits"] != second["hits"] and len(second["hits"]) == 2


def test_json(client: Client, archive: Archive) -> None:
    response = client.get("/search.json", {"query": 'speaker:"Vladimir Putin" energy'}, follow=True)
    data = response.json()
    assert response.status_code == 200
    assert data["kind"] == "turns" and data["total"] == 2
    assert {h["speaker"] for h in data["hits"]} == {"Vladimir Putin"}


def test_json_error_is_400_with_a_message(client: Client, archive: Archive) -> None:
    response = client.get("/search.json", {"query": "lang:xx"}, follow=True)
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "lang: is en or ru."


def test_feed_is_atom_newest_first(client: Client, archive: Archive) -> None:
    response = client.get("/search/feed", {"query": "cooperation"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert body.index("news/101") < body.index("news/102")
    assert "Secret" not in body


@pytest.mark.parametrize("url", URLS)
def test_ten_kilobytes_of_text(client: Client, archive: Archive, url: str) -> None:
    query = ('"NEAR( x* :' * 1000)[:10_240]
    assert client.get(url, {"query": query}, follow=True).status_code in (200, 400)


@pytest.mark.parametrize("url", URLS)
def test_odd_parameters(client: Client, archive: Archive, url: str) -> None:
    params = {"query": "gas", "page": "99999999999", "order": "nonsense", "size": "-3"}
    assert client.get(url, params, follow=True).status_code in (200, 400)


PIECES = [
    *'abcя "-*:()\\',
    "\x00",
    "😀",
    "Ёж",
    "NEAR(",
    " OR ",
    "speaker:",
    "topic:",
    "from:",
    "to:2019",
    "kind:",
    "lang:",
    "energy",
    "cooperation",
    '"',
]
READER_TEXT = (
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
    | st.text(max_size=120)
    | st.text(alphabet=st.characters(codec="utf-8"), min_size=400, max_size=600)
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=READER_TEXT, url=st.sampled_from(URLS), order=st.sampled_from(["", "speaker", "date"]))
def test_any_reader_text_is_never_a_server_error(
    client: Client, archive: Archive, text: str, url: str, order: str
) -> None:
    response = client.get(url, {"query": text, "order": order}, follow=True)
    assert response.status_code in (200, 400)
