"""Russian under /ru/: the interface in Russian, Russian events sharing ids with English."""

from __future__ import annotations

from dataclasses import replace

from bs4 import BeautifulSoup
from django.test import Client

from pressroom.document import Publication
from pressroom.events.models import Event
from tests.factories import sample_document
from tests.website.conftest import SaveEvent


def russian(save_event: SaveEvent, number: int = 70001) -> Event:
    doc = sample_document(number)
    return save_event(
        replace(
            doc,
            language="ru",
            title="Встреча с губернатором",
            section_word="События",
            publication=Publication(sections=("Новости",), date=doc.date),
        )
    )


def test_russian_event_lives_under_the_ru_prefix_with_the_same_id(
    client: Client, save_event: SaveEvent
) -> None:
    russian(save_event)
    soup = BeautifulSoup(client.get("/ru/events/president/news/70001").content, "html.parser")
    assert soup.h1.get_text() == "Встреча с губернатором"
    assert soup.html["lang"] == "ru"
    assert "14 марта 2024" in soup.select_one(".event-header time").get_text()
    assert client.get("/events/president/news/70001").status_code == 404


def test_interface_is_in_russian_under_ru(client: Client, save_event: SaveEvent) -> None:
    russian(save_event)
    soup = BeautifulSoup(client.get("/ru/events/president/news/70001").content, "html.parser")
    assert soup.select_one("a.skip-link").get_text() == "Перейти к содержанию"
    assert "Текстовая версия" in soup.select_one(".publication").get_text()
    assert soup.select_one(".slide .counter").get_text() == "1 из 3"


def test_russian_news_section_keeps_the_english_path(client: Client, save_event: SaveEvent) -> None:
    russian(save_event)
    soup = BeautifulSoup(client.get("/ru/events/president/news").content, "html.parser")
    assert soup.h1.get_text() == "Новости"
    assert soup.select_one(".event-item h3 a")["href"] == "/ru/events/president/news/70001"


def test_language_versions_of_one_event_link_each_other(
    client: Client, save_event: SaveEvent
) -> None:
    save_event(sample_document())
    russian(save_event)
    english = BeautifulSoup(client.get("/events/president/news/70001").content, "html.parser")
    assert (
        english.select_one('.publication a[hreflang="ru"]')["href"]
        == "/ru/events/president/news/70001"
    )
    ru = BeautifulSoup(client.get("/ru/events/president/news/70001").content, "html.parser")
    assert ru.select_one('.publication a[hreflang="en"]')["href"] == "/events/president/news/70001"


def test_event_without_translation_offers_no_language_link(client: Client, event: Event) -> None:
    soup = BeautifulSoup(client.get("/events/president/news/70001").content, "html.parser")
    assert soup.select_one('a[hreflang="ru"]') is None


def test_english_interface_without_prefix(client: Client, event: Event) -> None:
    soup = BeautifulSoup(client.get("/", HTTP_ACCEPT_LANGUAGE="ru").content, "html.parser")
    assert soup.html["lang"] == "en"
    assert soup.select_one('.tools a[hreflang="ru"]')["href"] == "/ru/"


def test_russian_feed_and_text_version(client: Client, save_event: SaveEvent) -> None:
    russian(save_event)
    assert "Встреча с губернатором" in client.get("/ru/events/all/feed").content.decode()
    text = client.get("/ru/events/president/news/copy/70001").content.decode()
    assert "Встреча с губернатором" in text
