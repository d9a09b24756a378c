"""A reader searches for words a speaker said, follows the hit and lands on that turn."""

from __future__ import annotations

from typing import Any

import pytest

from pressroom.events.store import Store
from tests.browser.conftest import needs_chromium
from tests.factories import sample_document

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser"), needs_chromium]

#: The background the page's ``:target`` rule gives, as the browser computes it.
MARK = """() => {
  const probe = document.createElement("span");
  probe.style.background = "var(--mark)";
  document.body.append(probe);
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
}"""


@pytest.fixture
def archive(transactional_db: None) -> None:
    """The sample event: its third turn (the sixth block) says "The roads are next"."""
    Store().save(sample_document())


def test_a_search_hit_leads_to_its_turn_highlighted(
    page: Any, live_server: Any, archive: None
) -> None:
    page.goto(live_server.url + "/search?query=speaker%3Alindqvist+roads")
    hit = page.locator(".search-hit h3 a")
    assert hit.count() == 1
    hit.click()
    page.wait_for_url("**/events/president/news/70001#t3")
    target = page.locator(":target")
    assert target.get_attribute("id") == "t3"
    assert "The roads are next." in target.inner_text()
    mark = page.evaluate(MARK)
    assert mark not in ("", "rgba(0, 0, 0, 0)")
    highlighted = target.locator("p").first.evaluate("p => getComputedStyle(p).backgroundColor")
    assert highlighted == mark
    other = page.locator("#t1 p").first.evaluate("p => getComputedStyle(p).backgroundColor")
    assert other != mark
