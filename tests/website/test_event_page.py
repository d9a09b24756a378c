"""The event page: header, gallery, body with anchors, tags, publication, neighbours."""

from __future__ import annotations

import datetime as dt
import json
import re

from bs4 import BeautifulSoup
from django.test import Client

from pressroom.document import Gallery, Related, RelatedItem
from pressroom.events.models import Event
from tests.factories import sample_document, simple_document
from tests.website.conftest import SaveEvent


def page(client: Client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_event_page_shows_section_word_title_lead_date_time_and_place(
    client: Client, event: Event
) -> None:
    soup = page(client, "/events/president/news/70001")
    header = soup.select_one(".event-header")
    assert header is not None
    assert header.select_one(".section-word").get_text() == "Events"
    assert header.h1.get_text() == "Meeting with the Governor of the Northern Province"
    assert header.select_one(".lead").get_text() == "The Governor reported on the harvest."
    assert header.time["datetime"] == "2024-03-14T12:00"
    assert "March 14, 2024, 12:00" in header.time.get_text()
    assert header.select_one(".place").get_text() == "The Kremlin, Moscow"


def test_transcripts_address_shows_the_same_event(client: Client, event: Event) -> None:
    soup = page(client, "/events/president/transcripts/70001")
    assert soup.h1.get_text() == event.title
    assert soup.select_one('link[rel="canonical"]')["href"].endswith("/events/president/news/70001")


def test_each_turn_and_paragraph_has_a_permanent_anchor(client: Client, event: Event) -> None:
    soup = page(client, "/events/president/news/70001")
    assert [t["id"] for t in soup.select("section.turn")] == ["t1", "t2", "t3"]
    assert [p["id"] for p in soup.select("#t1 p")] == ["t1p1", "t1p2"]
    assert soup.select_one("#p1").get_text() == "Taking part were the Governor and the Minister."


def test_turn_prints_its_label_then_its_text(client: Client, event: Event) -> None:
    soup = page(client, "/events/president/news/70001")
    first = soup.select_one("#t1p1")
    assert first.b.get_text() == "Governor of the Northern Province Anna Lindqvist:"
    assert "Good afternoon." in first.get_text()
    assert soup.select_one("#t2p1 b").get_text() == "Question:"


def test_resolved_speaker_links_to_their_catalog_page(client: Client, event: Event) -> None:
    soup = page(client, "/events/president/news/70001")
    assert soup.select_one("#t1p1 b a")["href"] == "/catalog/persons/4321/events"
    assert soup.select_one("#t2p1 b a") is None


def test_omission_and_separator_are_printed(client: Client, event: Event) -> None:
    soup = page(client, "/events/president/news/70001")
    assert soup.select_one(".omission").get_text() == "<…>"
    assert soup.select_one("hr.separator") is not None


def test_gallery_counts_photos_and_shows_captions_and_credits(client: Client, event: Event) -> None:
    soup = page(client, "/events/president/news/70001")
    slides = soup.select(".gallery .slide")
    assert len(slides) == 3
    assert slides[0].select_one(".counter").get_text() == "1 of 3"
    assert slides[1].select_one(".caption").get_text() == "Handshake"
    assert slides[2].select_one(".credit").get_text() == "Photo: News Agency"
    assert soup.select_one(".gallery a")["href"] == "/events/president/news/70001/photos"


def test_gallery_counter_uses_the_announced_size(client: Client, save_event: SaveEvent) -> None:
    doc = sample_document()
    assert doc.gallery is not None
    save_event(sample_document(gallery=Gallery(size=7, photos=doc.gallery.photos)))
    soup = page(client, "/events/president/news/70001")
    assert soup.select_one(".slide .counter").get_text() == "1 of 7"


def test_photos_page_lists_every_photo(client: Client, event: Event) -> None:
    soup = page(client, "/events/president/news/70001/photos")
    assert [c.get_text() for c in soup.select(".photo-list .counter")] == [
        "1 of 3",
        "2 of 3",
        "3 of 3",
    ]


def test_photos_page_of_an_event_without_gallery_is_not_found(
    client: Client, save_event: SaveEvent
) -> None:
    save_event(sample_document(gallery=None))
    assert client.get("/events/president/news/70001/photos").status_code == 404


def test_tags_link_to_catalog_pages(client: Client, event: Event) -> None:
    soup = page(client, "/events/president/news/70001")
    links = {a.get_text(): a["href"] for a in soup.select(".tags a")}
    assert links["Northern Province"] == "/catalog/regions/NOR/events"
    assert links["Agriculture"] == "/catalog/keywords/82/events"
    assert links["Regions"].startswith("/catalog/keywords/")
    assert links["Lindqvist Anna"] == "/catalog/persons/4321/events"


def test_see_also_links_only_when_the_target_is_known_and_published(
    client: Client, save_event: SaveEvent
) -> None:
    related = Related(
        "see_also",
        (
            RelatedItem("Known", dt.date(2024, 1, 2), event_id=500),
            RelatedItem("Unknown", dt.date(2024, 1, 3)),
            RelatedItem("A draft", dt.date(2024, 1, 4), event_id=501),
        ),
    )
    save_event(simple_document(500, dt.date(2024, 1, 2)))
    save_event(simple_document(501, dt.date(2024, 1, 4)), "draft")
    save_event(sample_document(related=(related,)))
    soup = page(client, "/events/president/news/70001")
    items = soup.select(".related li")
    assert items[0].a["href"] == "/events/president/news/500"
    assert items[1].a is None and "Unknown" in items[1].get_text()
    assert items[2].a is None


def test_publication_block_has_sections_date_direct_link_and_text_version(
    client: Client, event: Event
) -> None:
    soup = page(client, "/events/president/news/70001")
    block = soup.select_one(".publication")
    sections = [a.get_text() for a in block.select("p:first-of-type a")]
    assert sections == ["News", "Transcripts"]
    assert "March 14, 2024, 14:45" in block.get_text()
    hrefs = [a["href"] for a in block.select("a")]
    assert "/d/70001" in hrefs
    assert "/events/president/news/copy/70001" in hrefs
    assert "/events/president/news/70001/print" in hrefs


def test_page_leaves_a_block_for_notices_after_the_publication_block(
    client: Client, event: Event
) -> None:
    soup = page(client, "/events/president/news/70001")
    assert soup.select_one("article .publication") is not None


def test_earlier_and_later_events_are_linked(client: Client, save_event: SaveEvent) -> None:
    save_event(simple_document(1, dt.date(2024, 3, 1)))
    save_event(simple_document(2, dt.date(2024, 3, 2)))
    save_event(simple_document(3, dt.date(2024, 3, 2), time=dt.time(18, 0)))
    save_event(simple_document(4, dt.date(2024, 3, 5)))
    soup = page(client, "/events/president/news/2")
    assert soup.select_one('.neighbours a[rel="prev"]')["href"] == "/events/president/news/1"
    assert soup.select_one('.neighbours a[rel="next"]')["href"] == "/events/president/news/3"
    soup = page(client, "/events/president/news/3")
    assert soup.select_one('.neighbours a[rel="next"]')["href"] == "/events/president/news/4"


def test_print_layout_has_the_body_without_site_navigation(client: Client, event: Event) -> None:
    soup = page(client, "/events/president/news/70001/print")
    assert soup.select_one("#t1p2").get_text().startswith("The harvest was good.")
    assert soup.select_one("nav") is None
    assert (
        "http://127.0.0.1:8000/events/president/news/70001" in soup.select_one(".source").get_text()
    )


def test_direct_link_redirects_permanently_to_the_event(client: Client, event: Event) -> None:
    response = client.get("/d/70001")
    assert response.status_code == 301
    assert response["Location"] == "/events/president/news/70001"


def test_unknown_event_is_not_found(client: Client, db: None) -> None:
    assert client.get("/events/president/news/999").status_code == 404
    assert client.get("/d/999").status_code == 404


def test_json_ld_describes_a_news_article(client: Client, event: Event) -> None:
    soup = page(client, "/events/president/news/70001")
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == event.title
    assert data["datePublished"].startswith("2024-03-14T12:00")


def test_open_graph_and_canonical_links(client: Client, event: Event) -> None:
    soup = page(client, "/events/president/news/70001")
    assert soup.select_one('meta[property="og:title"]')["content"] == event.title
    assert soup.select_one('meta[property="og:type"]')["content"] == "article"
    assert re.search(
        r"/events/president/news/70001$", soup.select_one('meta[property="og:url"]')["content"]
    )


def test_event_page_answers_304_when_unchanged(client: Client, event: Event) -> None:
    first = client.get("/events/president/news/70001")
    assert first.has_header("ETag") and first.has_header("Last-Modified")
    again = client.get("/events/president/news/70001", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    since = client.get(
        "/events/president/news/70001", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
    )
    assert since.status_code == 304


def test_an_edit_changes_the_etag(client: Client, event: Event) -> None:
    first = client.get("/events/president/news/70001")["ETag"]
    event.updated_at = event.updated_at - dt.timedelta(days=1)
    Event.objects.filter(pk=event.pk).update(updated_at=event.updated_at + dt.timedelta(days=2))
    assert client.get("/events/president/news/70001")["ETag"] != first
