"""The desk in Chromium: an author drafts, a publisher schedules, an editor corrects, a
publisher withdraws; readers see each step on the public site, feed and search."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.utils import timezone
from PIL import Image

from pressroom.desk import roles
from pressroom.events.models import Event, Status
from pressroom.people.directory import PersonDirectory
from tests.browser.conftest import needs_chromium

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.xdist_group("browser"),
    needs_chromium,
]

PASSWORD = "plum-ferry-quartz-lantern"
TITLE = "Meeting with the Governor of the Eastern Province"
TRANSCRIPT = """The President met with the Governor of the Eastern Province.
* * *
Vladimir Putin: Good afternoon. How was the harvest this year?
Governor of the Eastern Province Marta Kowalski: Good afternoon, Mr President.
The harvest was good: eleven million tonnes of grain.
<…>
Vladimir Putin: Thank you. Let us talk about the roads.
"""


@pytest.fixture
def staff(transactional_db: None, settings: Any, tmp_path: Path) -> dict[str, User]:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PAGE_CACHE_SECONDS = 0
    people = {}
    for role in (roles.AUTHOR, roles.EDITOR, roles.PUBLISHER):
        user = User.objects.create_user(role, f"{role}@example.org", PASSWORD, is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        people[role] = user
    PersonDirectory().for_tag("Putin Vladimir")  # a speaker the archive already knows
    return people


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    paths = []
    for i, colour in enumerate(("steelblue", "darkkhaki")):
        out = io.BytesIO()
        Image.new("RGB", (1200, 800), colour).save(out, "JPEG")
        path = tmp_path / f"photo-{i + 1}.jpg"
        path.write_bytes(out.getvalue())
        paths.append(path)
    return paths


def sign_in(browser: Any, live_server: Any, username: str) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    tab = context.new_page()
    tab.set_default_timeout(15000)
    tab.goto(live_server.url + "/admin/login/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", PASSWORD)
    tab.click("input[type=submit]")
    tab.wait_for_url(live_server.url + "/admin/")
    return tab


@pytest.fixture
def shoot(screenshots: Path) -> Any:
    """``shoot(tab, "name")`` saves what a tab shows as name.png in the screenshots' folder."""

    def take(tab: Any, name: str) -> None:
        tab.screenshot(path=str(screenshots / f"{name}.png"), full_page=False)

    return take


def public_status(tab: Any, url: str) -> int:
    response = tab.request.get(url)
    return int(response.status)


def test_an_event_from_draft_to_withdrawal(
    browser: Any,
    page: Any,
    live_server: Any,
    staff: dict[str, User],
    photos: list[Path],
    shoot: Any,
) -> None:
    # An author pastes a transcript, reviews the speakers and saves a draft.
    author = sign_in(browser, live_server, roles.AUTHOR)
    author.goto(live_server.url + "/admin/events/event/paste/")
    author.fill("textarea[name=text]", TRANSCRIPT)
    author.fill("input[name=title]", TITLE)
    author.click("text=Read the transcript")
    review = author.locator("#desk-review tbody tr")
    assert review.count() == 6
    assert "Putin Vladimir" in review.nth(2).inner_text()
    assert "not recognised" in review.nth(3).inner_text()
    shoot(author, "desk-paste-review")
    author.click("text=Save as draft")
    author.wait_for_selector(".messagelist .success")
    event = Event.objects.get(title=TITLE)
    assert event.status == Status.DRAFT

    # ... adds two photos ...
    for i, path in enumerate(photos):
        author.click("#photos-group .add-row a")
        author.set_input_files(f"input[name='photos-{i}-image']", str(path))
        author.fill(f"input[name='photos-{i}-position']", str(i))
        author.fill(f"textarea[name='photos-{i}-caption']", f"At the meeting, photo {i + 1}")
        author.fill(f"input[name='photos-{i}-credit']", "Press service")
    author.click("input[name=_continue]")
    author.wait_for_selector(".messagelist .success")
    assert event.photos.count() == 2
    assert all(p.thumbnail_url.endswith("-thumb.jpg") for p in event.photos.all())
    author.locator("#blocks-group").scroll_into_view_if_needed()
    shoot(author, "desk-edit")

    # ... and cannot publish: no button, and a forged request is refused.
    assert author.locator("text=Publish now").count() == 0
    refused = author.evaluate(
        """async (url) => {
            const token = document.querySelector("input[name=csrfmiddlewaretoken]").value;
            const body = new URLSearchParams({csrfmiddlewaretoken: token});
            return (await fetch(url, {method: "POST", body})).status;
        }""",
        f"/admin/events/event/{event.pk}/publish/",
    )
    assert refused == 403
    event_url = f"{live_server.url}/events/president/news/{event.number}"
    assert public_status(page, event_url) == 404

    # A publisher schedules it for two hours from now: still hidden.
    publisher = sign_in(browser, live_server, roles.PUBLISHER)
    publisher.goto(f"{live_server.url}/admin/events/event/{event.pk}/change/")
    publisher.click("text=Schedule…")
    when = timezone.localtime(timezone.now() + dt.timedelta(hours=2))
    publisher.fill("input[name=publish_at]", when.strftime("%Y-%m-%dT%H:%M"))
    shoot(publisher, "desk-schedule")
    publisher.click("button:has-text('Schedule')")
    publisher.wait_for_selector(".messagelist .success")
    event.refresh_from_db()
    assert event.status == Status.SCHEDULED
    assert public_status(page, event_url) == 404

    # Its time comes: hidden until publish-due publishes it, then live.
    Event.objects.filter(pk=event.pk).update(publish_at=timezone.now() - dt.timedelta(minutes=1))
    assert public_status(page, event_url) == 404
    call_command("publish-due", verbosity=0)
    event.refresh_from_db()
    assert event.status == Status.PUBLISHED
    assert public_status(page, event_url) == 200
    page.goto(event_url)
    assert TITLE in page.locator("h1").inner_text()
    assert "eleven million tonnes" in page.content()
    assert TITLE in page.request.get(live_server.url + "/events/all/feed").text()
    link = f"/events/president/news/{event.number}"
    assert link in page.request.get(live_server.url + "/search?query=tonnes").text()

    # An editor corrects a paragraph; readers see the notice, the diff shows the change.
    editor = sign_in(browser, live_server, roles.EDITOR)
    editor.goto(f"{live_server.url}/admin/events/event/{event.pk}/change/")
    paragraph = editor.locator("textarea[name^='blocks-']").filter(has_text="eleven million")
    paragraph.fill("Good afternoon, Mr President.\nThe harvest was good: twelve million tonnes.")
    editor.fill("textarea[name=correction_note]", "The figure for the harvest was misheard.")
    editor.click("input[name=_continue]")
    editor.wait_for_selector(".messagelist .success")
    page.goto(event_url)
    notice = page.locator(".corrections")
    assert "Corrected on" in notice.inner_text()
    assert "twelve million tonnes" in page.content()
    page.locator(".corrections summary").click()
    assert "The figure for the harvest was misheard." in notice.inner_text()
    shoot(page, "desk-corrected-page")
    editor.goto(f"{live_server.url}/admin/events/event/{event.pk}/revisions/")
    editor.click("text=Show the changes")
    assert "eleven million tonnes" in editor.locator(".desk-diff del").inner_text()
    assert "twelve million tonnes" in editor.locator(".desk-diff ins").inner_text()
    shoot(editor, "desk-diff")

    # A publisher withdraws it: gone from the page, the feed and search.
    publisher.goto(f"{live_server.url}/admin/events/event/{event.pk}/change/")
    publisher.click("button:has-text('Withdraw')")
    publisher.wait_for_selector(".messagelist .success")
    event.refresh_from_db()
    assert event.status == Status.WITHDRAWN
    assert public_status(page, event_url) == 404
    assert TITLE not in page.request.get(live_server.url + "/events/all/feed").text()
    assert link not in page.request.get(live_server.url + "/search?query=tonnes").text()
    for tab in (author, publisher, editor):
        tab.context.close()


def test_an_editor_reorders_blocks_with_the_arrow_buttons(
    browser: Any, live_server: Any, staff: dict[str, User]
) -> None:
    from pressroom.desk.history import save_document
    from pressroom.desk.paste import read_paste
    from pressroom.events.store import load

    event, _ = save_document(read_paste(TRANSCRIPT, title=TITLE), staff[roles.AUTHOR])
    editor = sign_in(browser, live_server, roles.EDITOR)
    editor.goto(f"{live_server.url}/admin/events/event/{event.pk}/change/")
    first_row = editor.locator("#blocks-group tr.form-row").first
    first_row.get_by_role("button", name="Move down").click()
    assert editor.input_value("input[name='blocks-0-position']") == "1"
    editor.click("input[name=_continue]")
    editor.wait_for_selector(".messagelist .success")
    assert [b.kind for b in load(event).body][:2] == ["separator", "narrative"]
    editor.context.close()
