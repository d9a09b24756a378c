"""sitemap.xml and robots.txt."""

from __future__ import annotations

from django.test import Client

from pressroom.events.models import Event


def test_sitemap_index_lists_event_sitemaps(client: Client, event: Event) -> None:
    body = client.get("/sitemap.xml").content.decode()
    assert "/sitemap-events-en.xml" in body


def test_event_sitemap_lists_published_events_with_lastmod(client: Client, event: Event) -> None:
    body = client.get("/sitemap-events-en.xml").content.decode()
    assert "/events/president/news/70001</loc>" in body
    assert "<lastmod>" in body


def test_robots_txt_names_the_sitemap(client: Client, db: None) -> None:
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
