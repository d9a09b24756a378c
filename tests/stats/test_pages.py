"""The chart pages: drawn as inline SVG without JavaScript, with a data table beside each chart."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from pressroom.taxonomy.models import Place, Topic

pytestmark = pytest.mark.django_db


def svgs(html: str) -> dict[str, str]:
    return dict(re.findall(r'<svg class="stats-chart" id="chart-([^"]+)"(.*?)</svg>', html, re.S))


def test_overview_draws_every_chart_with_title_and_description(
    archive: dict[str, int], client: Client
) -> None:
    html = client.get("/stats").content.decode()
    charts = svgs(html)
    assert {"per-year", "per-year-section", "busiest-days", "top-topics", "top-persons"} <= set(
        charts
    )
    for body in charts.values():
        assert "<title" in body and "<desc" in body
    assert charts["per-year"].count('class="bar"') == 2
    assert charts["per-year-section"].count('class="bar"') == 4
    assert html.count("<table") >= len(charts)


def test_overview_map_shades_the_places_with_events(
    archive: dict[str, int], client: Client
) -> None:
    charts = svgs(client.get("/stats").content.decode())
    world = re.findall(r'class="area has-data" data-code="([A-Z]+)"', charts["archive-world"])
    russia = re.findall(r'class="area has-data" data-code="([A-Z]+)"', charts["archive-russia"])
    assert world == ["KZ"]
    assert russia == ["MOW"]


def test_person_page_charts_and_turn_tables(archive: dict[str, int], client: Client) -> None:
    html = client.get(f"/stats/persons/{archive['Lindqvist Anna']}").content.decode()
    charts = svgs(html)
    assert charts["per-month"].count('class="bar"') == 2  # two months with events
    assert charts["met"].count('class="bar"') == 2
    assert f'href="/stats/persons/{archive["Berg Oskar"]}"' in html
    assert 'id="turns-longest-turns"' in html and "/events/president/news/102" in html


def test_topic_and_place_pages(archive: dict[str, int], client: Client) -> None:
    economy = Topic.objects.get(name="Economy").pk
    kazakhstan = Place.objects.get(name="Kazakhstan").pk
    for url in (f"/stats/topics/{economy}", f"/stats/places/{kazakhstan}"):
        html = client.get(url).content.decode()
        assert svgs(html)["persons"].count('class="bar"') == 3


def test_hidden_subjects_are_not_found(archive: dict[str, int], client: Client) -> None:
    assert client.get(f"/stats/persons/{archive['Ruiz Carlos']}").status_code == 404
    assert client.get("/stats/topics/999").status_code == 404
    assert client.get("/stats?lang=xx").status_code == 400


def test_network_page_has_tables_and_the_vendored_library(
    archive: dict[str, int], client: Client
) -> None:
    energy = Topic.objects.get(name="Energy").pk
    html = client.get(f"/stats/network?topic={energy}").content.decode()
    assert f'data-src="/api/v1/stats/network.json?topic={energy}"' in html
    assert "stats/vendor/d3-7.9.2.min.js" in html
    assert html.count("<tr>") >= 1 + 3 + 1 + 3  # headers, persons, pairs
    assert "http://" not in html.split("<main", 1)[1].split("</main>")[0]  # nothing from afar


def test_names_are_escaped_in_charts(db: None, client: Client) -> None:
    import datetime as dt

    from pressroom.events.models import Status
    from pressroom.events.store import Store
    from tests.stats.archive import event

    Store().save(
        event(201, dt.date(2020, 1, 1), ("<script>alert(1)</script> X",)), status=Status.PUBLISHED
    )
    html = client.get("/stats").content.decode()
    assert "<script>alert(1)</script>" not in html


def test_an_event_page_links_to_the_events_statistics_page(
    archive: dict[str, int], client: Client
) -> None:
    html = client.get("/events/president/news/101").content.decode()
    line = re.search(r'<p class="event-stats">(.*?)</p>', html, re.S)
    assert line is not None
    assert re.match(r"3 speakers, \d+ words — ", line.group(1))
    assert 'href="/stats/events/101"' in line.group(1)
    assert "speaking-share" not in html
    page = client.get("/stats/events/101").content.decode()
    share = page[page.index('id="speaking-share"') :]
    assert share.count('class="bar"') == 3
    assert 'href="/events/president/news/101"' in page


def test_an_events_statistics_page_only_for_a_published_event(
    archive: dict[str, int], client: Client
) -> None:
    assert client.get("/stats/events/105").status_code == 404
    assert client.get("/stats/events/101?lang=ru").status_code == 404
    assert client.get("/stats/events/101?lang=xx").status_code == 400
