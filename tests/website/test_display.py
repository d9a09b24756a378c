"""The large-text, high-contrast mode: a cookie set by a plain link."""

from __future__ import annotations

from bs4 import BeautifulSoup
from django.test import Client

from pressroom.events.models import Event


def test_switch_sets_the_cookie_and_returns_to_the_page(client: Client, db: None) -> None:
    response = client.get("/display/large", {"next": "/events/president/news"})
    assert response.status_code == 302
    assert response["Location"] == "/events/president/news"
    assert response.cookies["display"].value == "large"


def test_large_mode_marks_the_page_and_offers_the_way_back(client: Client, event: Event) -> None:
    client.cookies["display"] = "large"
    soup = BeautifulSoup(client.get("/events/president/news/70001").content, "html.parser")
    assert "display-large" in soup.html["class"]
    assert soup.select_one('.tools a[href^="/display/standard"]') is not None


def test_unknown_mode_is_not_found(client: Client, db: None) -> None:
    assert client.get("/display/neon").status_code == 404


def test_unknown_cookie_value_falls_back_to_standard(client: Client, event: Event) -> None:
    client.cookies["display"] = "<b>"
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.html["class"] == ["display-standard"]


def test_pages_vary_on_cookie_and_mode_changes_the_etag(client: Client, event: Event) -> None:
    standard = client.get("/events/president/news/70001")
    assert "Cookie" in standard["Vary"]
    client.cookies["display"] = "large"
    assert client.get("/events/president/news/70001")["ETag"] != standard["ETag"]


def test_skip_link_leads_to_the_main_content(client: Client, event: Event) -> None:
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    skip = soup.select_one("a.skip-link")
    assert skip["href"] == "#content"
    assert soup.select_one("main#content") is not None
