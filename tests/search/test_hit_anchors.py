"""A turn hit links to its turn: the fragment is the id the event page gives that turn."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from pressroom.search import search
from tests.search.conftest import Archive


@pytest.mark.parametrize(
    ("query", "number", "language", "sequence"),
    [
        # The second turn, first block of a body without narrative: position 1, anchor t2.
        ("priority kind:turns", 102, "en", 2),
        ("productive kind:turns", 101, "en", 2),
        ("Ёлка kind:turns", 104, "ru", 1),
    ],
)
def test_a_turn_hit_lands_on_its_turn(
    archive: Archive, client: Client, query: str, number: int, language: str, sequence: int
) -> None:
    (hit,) = search(query).hits
    assert (hit.number, hit.language, hit.sequence) == (number, language, sequence)
    path, _, fragment = hit.url.partition("#")
    assert fragment == f"t{sequence}"
    page = BeautifulSoup(client.get(path).content, "html.parser")
    turn = page.find(id=fragment)
    assert turn is not None and "turn" in turn["class"]
    words = query.split()[0]
    assert words.lower() in turn.get_text().lower()


def test_the_search_page_links_a_hit_to_the_turn(archive: Archive, client: Client) -> None:
    page = BeautifulSoup(client.get("/search", {"query": "priority kind:turns"}).content, "lxml")
    links = [a["href"] for a in page.select(".search-hit h3 a")]
    assert links == ["/events/president/news/102#t2"]


def test_the_search_feed_links_a_hit_to_the_turn(archive: Archive, client: Client) -> None:
    feed = client.get("/search/feed", {"query": "priority kind:turns"}).content.decode()
    assert "/events/president/news/102#t2" in feed
