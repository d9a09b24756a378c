"""The statistics pages in Chromium: every chart drawn with the right number of elements."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import caches

from pressroom.core.cache import STATS
from pressroom.taxonomy.models import Place, Topic
from tests.browser.conftest import needs_chromium
from tests.stats.archive import save_archive

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser"), needs_chromium]


@pytest.fixture
def archive(transactional_db: None) -> dict[str, int]:
    caches[STATS].clear()
    return save_archive()


def bars(page: Any, chart: str) -> int:
    return int(page.locator(f"svg#chart-{chart} rect.bar").count())


def test_overview_charts(
    page: Any, live_server: Any, archive: dict[str, int], screenshot: Any
) -> None:
    page.goto(live_server.url + "/stats")
    assert bars(page, "per-year") == 2
    assert bars(page, "per-year-section") == 4
    assert bars(page, "busiest-days") == 3
    assert bars(page, "top-persons") == 3
    assert page.locator("svg#chart-archive-world path.has-data").count() == 1
    assert page.locator("svg#chart-archive-russia path.has-data").count() == 1
    box = page.locator("svg#chart-per-year").bounding_box()
    assert box is not None and box["width"] > 300
    screenshot("stats-overview")


def test_person_page(page: Any, live_server: Any, archive: dict[str, int], screenshot: Any) -> None:
    page.goto(f"{live_server.url}/stats/persons/{archive['Lindqvist Anna']}")
    assert bars(page, "per-month") == 2
    assert bars(page, "words") == 2
    assert bars(page, "met") == 2
    assert page.locator("#turns-longest-turns tbody tr").count() == 3
    page.locator("svg#chart-met a").first.click()
    page.wait_for_url(f"**/stats/persons/{archive['Berg Oskar']}")
    page.goto(f"{live_server.url}/stats/persons/{archive['Lindqvist Anna']}")
    screenshot("stats-person")


def test_topic_and_place_pages(
    page: Any, live_server: Any, archive: dict[str, int], screenshot: Any
) -> None:
    topic = Topic.objects.get(name="Economy").pk
    page.goto(f"{live_server.url}/stats/topics/{topic}")
    assert bars(page, "per-month") == 2
    assert bars(page, "persons") == 3
    screenshot("stats-topic")
    place = Place.objects.get(name="Kazakhstan").pk
    page.goto(f"{live_server.url}/stats/places/{place}")
    assert bars(page, "persons") == 3
    assert page.locator("svg#chart-place-world path.has-data").count() == 1
    screenshot("stats-place")


def test_network_is_drawn_in_the_browser(
    page: Any, live_server: Any, archive: dict[str, int], screenshot: Any
) -> None:
    page.goto(live_server.url + "/stats/network")
    page.wait_for_selector("#network[data-drawn]")
    assert page.locator("#network svg g.node").count() == 3
    assert page.locator("#network svg line.link").count() == 3
    assert page.locator("#network-edges tbody tr").count() == 3
    page.wait_for_timeout(1500)  # let the layout settle for the picture
    screenshot("stats-network")


def test_speaking_share_from_the_event_page(
    page: Any, live_server: Any, archive: dict[str, int], screenshot: Any
) -> None:
    page.goto(live_server.url + "/events/president/news/101")
    page.locator(".event-stats a").click()
    page.wait_for_url("**/stats/events/101")
    share = page.locator("#speaking-share")
    assert share.locator("svg rect.bar").count() == 3
    share.scroll_into_view_if_needed()
    screenshot("stats-speaking-share")
