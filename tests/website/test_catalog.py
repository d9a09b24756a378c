"""Catalog pages: persons with posts, biography and their own words; topics; places."""

from __future__ import annotations

import datetime as dt

from bs4 import BeautifulSoup
from django.test import Client

from pressroom.events.models import Event
from pressroom.people.models import Person
from pressroom.taxonomy.models import Place, Topic
from tests.factories import sample_document, simple_document
from tests.website.conftest import SaveEvent


def soup_of(client: Client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_persons_index_lists_people_of_published_events(client: Client, event: Event) -> None:
    soup = soup_of(client, "/catalog/persons/")
    links = {a.get_text(): a["href"] for a in soup.select(".catalog-index a")}
    assert links["Lindqvist Anna"] == "/catalog/persons/4321/events"


def test_person_page_shows_name_posts_and_events(client: Client, event: Event) -> None:
    soup = soup_of(client, "/catalog/persons/4321/events")
    assert soup.h1.get_text() == "Anna Lindqvist"
    assert "Governor of the Northern Province" in soup.select_one(".posts").get_text()
    assert [a.get_text() for a in soup.select(".event-item h3 a")] == [event.title]


def test_their_own_words_link_to_the_turn_anchors_newest_first(
    client: Client, save_event: SaveEvent
) -> None:
    save_event(sample_document(70001))
    save_event(sample_document(70002, date=dt.date(2024, 5, 1), title="A later meeting"))
    soup = soup_of(client, "/catalog/persons/4321/events")
    hrefs = [a["href"] for a in soup.select(".own-words .meta a")]
    assert hrefs == [
        "/events/president/news/70002#t1",
        "/events/president/news/70002#t3",
        "/events/president/news/70001#t1",
        "/events/president/news/70001#t3",
    ]
    assert soup.select_one(".own-words blockquote").get_text().strip() == "Good afternoon."


def test_biography_page_when_known(client: Client, event: Event) -> None:
    Person.objects.filter(pk=4321).update(biography="Born in the north.\n\nGovernor since 2020.")
    soup = soup_of(client, "/catalog/persons/4321/events")
    assert soup.select_one(".biography-intro a")["href"] == "/catalog/persons/4321/biography"
    soup = soup_of(client, "/catalog/persons/4321/biography")
    assert "Governor since 2020." in soup.select_one(".biography").get_text()


def test_biography_page_without_biography_is_not_found(client: Client, event: Event) -> None:
    assert client.get("/catalog/persons/4321/biography").status_code == 404


def test_unknown_person_is_not_found(client: Client, db: None) -> None:
    assert client.get("/catalog/persons/99/events").status_code == 404


def test_topic_page_by_keyword_id_and_by_our_id(client: Client, event: Event) -> None:
    soup = soup_of(client, "/catalog/keywords/82/events")
    assert soup.h1.get_text() == "Agriculture"
    regions = Topic.objects.get(name="Regions")
    soup = soup_of(client, f"/catalog/keywords/{regions.pk}/events")
    assert soup.h1.get_text() == "Regions"
    assert len(soup.select(".event-item")) == 1


def test_region_page_by_code(client: Client, event: Event) -> None:
    soup = soup_of(client, "/catalog/regions/NOR/events")
    assert soup.h1.get_text() == "Northern Province"


def test_country_page_by_iso_code_and_by_id(client: Client, save_event: SaveEvent) -> None:
    from pressroom.document import PlaceTag

    save_event(sample_document(geography=(PlaceTag("Kazakhstan", "KZ", "country"),)))
    assert soup_of(client, "/catalog/countries/KZ/events").h1.get_text() == "Kazakhstan"
    place = Place.objects.get(name="Kazakhstan")
    assert soup_of(client, f"/catalog/countries/{place.pk}/events").h1.get_text() == "Kazakhstan"
    assert client.get("/catalog/regions/KZ/events").status_code == 404


def test_catalog_pages_paginate(client: Client, save_event: SaveEvent, settings: object) -> None:
    settings.PAGE_SIZE = 2  # type: ignore[attr-defined]
    for n in range(1, 4):
        save_event(simple_document(n, dt.date(2024, 1, n)))
    soup = soup_of(client, "/catalog/keywords/82/events")
    assert soup.select_one('.pager a[rel="next"]')["href"] == "/catalog/keywords/82/events/page/2"
    soup = soup_of(client, "/catalog/keywords/82/events/page/2")
    assert [a.get_text() for a in soup.select(".event-item h3 a")] == ["Event number 1"]


def test_catalog_indexes_list_topics_countries_and_regions(client: Client, event: Event) -> None:
    assert "Agriculture" in soup_of(client, "/catalog/keywords/").get_text()
    assert "Northern Province" in soup_of(client, "/catalog/regions/").get_text()
    assert "Northern Province" not in soup_of(client, "/catalog/countries/").get_text()
