"""A reader walks the public site in Chromium: lists, calendar, an event, a speaker, feeds."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from pressroom.document import Publication
from pressroom.events.store import Store
from tests.factories import sample_document, simple_document

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.fixture
def archive(transactional_db: None) -> None:
    """22 plain events before the sample one, and the sample's Russian version."""
    store = Store()
    for n in range(1, 23):
        store.save(simple_document(n, dt.date(2024, 2, 1) + dt.timedelta(days=n)))
    doc = sample_document()
    store.save(doc)
    store.save(
        replace(
            doc,
            language="ru",
            title="Встреча с губернатором Северной области",
            section_word="События",
            publication=Publication(sections=("Новости",), date=doc.date),
        )
    )


def test_home_section_and_second_page(
    page: Any, live_server: Any, archive: None, screenshot: Any
) -> None:
    page.goto(live_server.url + "/")
    assert page.locator("h1").inner_text() == "Latest events"
    first = page.locator(".event-item h3 a").first
    assert first.inner_text() == "Meeting with the Governor of the Northern Province"
    screenshot("home")
    page.locator("nav a", has_text="Transcripts").click()
    assert page.locator("h1").inner_text() == "Transcripts"
    assert page.locator(".event-item").count() == 1
    page.goto(live_server.url + "/events/president/news")
    page.locator('.pager a[rel="next"]').click()
    assert page.url.endswith("/events/president/news/page/2")
    assert page.locator(".event-item h3 a").all_inner_texts() == [
        "Event number 3",
        "Event number 2",
        "Event number 1",
    ]


def test_calendar_leads_to_a_day(
    page: Any, live_server: Any, archive: None, screenshot: Any
) -> None:
    page.goto(live_server.url + "/events/all/by-date/14.03.2024")
    assert page.locator(".event-item h3 a").inner_text().startswith("Meeting with the Governor")
    screenshot("day-archive")
    page.locator("table.month a[aria-label]", has_text="14").first.wait_for()
    page.locator('.pager a[rel="prev"]').click()
    assert page.url.endswith("/events/all/by-date/23.02.2024")
    assert page.locator(".event-item h3 a").inner_text() == "Event number 22"


def test_gallery_moves_by_keyboard_and_buttons(
    page: Any, live_server: Any, archive: None, screenshot: Any
) -> None:
    page.goto(live_server.url + "/events/president/news/70001")
    status = page.locator("[data-status]")
    assert status.inner_text() == "1 of 3"
    assert page.locator(".slide.current .caption").inner_text() == "At the meeting"
    page.locator("[data-gallery]").focus()
    page.keyboard.press("ArrowRight")
    assert status.inner_text() == "2 of 3"
    assert page.locator(".slide.current .caption").inner_text() == "Handshake"
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    assert status.inner_text() == "3 of 3"
    page.locator("[data-next]").click()
    assert status.inner_text() == "1 of 3"
    assert page.locator(".slide:visible").count() == 1
    screenshot("event")


def test_gallery_without_javascript_shows_every_photo(
    browser: Any, live_server: Any, archive: None
) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(live_server.url + "/events/president/news/70001")
    assert tab.locator(".slide:visible").count() == 3
    assert tab.locator(".gallery-controls").is_hidden()
    context.close()


def test_transcript_speaker_and_turn_permalink(
    page: Any, live_server: Any, archive: None, screenshot: Any
) -> None:
    page.goto(live_server.url + "/events/president/news/70001")
    assert page.locator("#t2p1 b").inner_text() == "Question:"
    page.locator("#t1p1 b a").click()
    assert page.url.endswith("/catalog/persons/4321/events")
    assert page.locator("h1").inner_text() == "Anna Lindqvist"
    screenshot("person")
    page.locator(".own-words .meta a").first.click()
    assert page.url.endswith("/events/president/news/70001#t1")
    highlighted = page.evaluate("getComputedStyle(document.querySelector('#t1p1')).backgroundColor")
    plain = page.evaluate("getComputedStyle(document.querySelector('#t2p1')).backgroundColor")
    assert highlighted != plain
    screenshot("turn-permalink")


def test_text_version_and_feed(page: Any, live_server: Any, archive: None) -> None:
    page.goto(live_server.url + "/events/president/news/70001")
    page.locator(".publication a", has_text="Text version").click()
    body = page.locator("body").inner_text()
    assert body.startswith("Events\nMeeting with the Governor of the Northern Province")
    response = page.goto(live_server.url + "/events/all/feed")
    assert response is not None and response.headers["content-type"].startswith(
        "application/atom+xml"
    )
    assert "Meeting with the Governor" in response.text()


def test_switch_to_russian(page: Any, live_server: Any, archive: None, screenshot: Any) -> None:
    page.goto(live_server.url + "/events/president/news/70001")
    page.locator('.publication a[hreflang="ru"]').click()
    assert page.url.endswith("/ru/events/president/news/70001")
    assert page.locator("h1").inner_text() == "Встреча с губернатором Северной области"
    assert page.locator("[data-status]").inner_text() == "1 из 3"
    assert page.locator("a.skip-link").inner_text() == "Перейти к содержанию"
    screenshot("event-ru")


def test_large_text_mode_by_link(
    page: Any, live_server: Any, archive: None, screenshot: Any
) -> None:
    page.goto(live_server.url + "/events/president/news/70001")
    before = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.locator(".tools a", has_text="Large text").click()
    assert page.url.endswith("/events/president/news/70001")
    assert "display-large" in (page.locator("html").get_attribute("class") or "")
    after = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert after > before
    screenshot("large-text")


def test_skip_link_is_the_first_stop_for_the_keyboard(
    page: Any, live_server: Any, archive: None
) -> None:
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.url.endswith("#content")
