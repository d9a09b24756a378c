"""Hostile content in an event runs no script in the reader's browser."""

from __future__ import annotations

from typing import Any

import pytest

from pressroom.document import Gallery, Narrative, Paragraph, Photo, Tag, Turn
from pressroom.events.store import Store
from tests.factories import sample_document

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

SCRIPT = "<script>window.pwned = 1</script>"
IMAGE = '"><img src=x onerror="window.pwned = 2">'


@pytest.fixture
def hostile(transactional_db: None) -> None:
    Store().save(
        sample_document(
            title=f"Title {SCRIPT}",
            lead=f"Lead {IMAGE}",
            gallery=Gallery(size=1, photos=(Photo(f"Caption {IMAGE}", f"Credit {SCRIPT}"),)),
            body=(
                Narrative(Paragraph(f"Paragraph {IMAGE}")),
                Turn(
                    label=f"Label {SCRIPT}",
                    paragraphs=(Paragraph("<…> and <b>bold</b>"),),
                    speaker="Lindqvist Anna",
                ),
            ),
            topics=(Tag(f"Topic {IMAGE}", "82"),),
        )
    )


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/events/president/news/70001",
        "/catalog/keywords/82/events",
        "/catalog/persons/4321/events",
    ],
)
def test_hostile_content_runs_no_script(
    page: Any, live_server: Any, hostile: None, path: str
) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(live_server.url + path)
    page.wait_for_load_state("load")
    assert page.evaluate("window.pwned") is None
    assert dialogs == []
    assert SCRIPT in page.locator("main").inner_text()
