"""The site's Atom feed: one Document per entry, with ``updated`` for re-imports."""

from __future__ import annotations

import datetime as dt
import html
import io

import pytest

from pressroom.document import Narrative, Turn
from pressroom.ingest import atom
from pressroom.ingest.base import Item
from pressroom.ingest.dispatch import read_stream

CONTENT = (
    '<div class="c-summary"><p>Vladimir Putin met with Minister of Canals Petra Holloway.</p>'
    '</div> <img src="http://static.kremlin.ru/media/events/photos/small/s1.jpg" alt="x"/> '
    "<p>The meeting\nfocused on the ferry timetable.</p>"
    "<p><b>Vladimir Putin:</b> Good afternoon.</p><p><b>Petra Holloway</b>: Thank you.</p>"
    "<p>&lt;…&gt;</p>"
)


def feed(*entries: str, lang: str = "en") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" ?><feed xml:lang="' + lang + '" '
        'xmlns="http://www.w3.org/2005/Atom"><title type="text">President: News</title>'
        "<updated>2031-03-14T20:00:00+03:00</updated>"
        "<id>http://en.kremlin.ru/events/president/news/feed</id>" + "".join(entries) + "</feed>"
    ).encode()


def entry(
    event_id: int = 70200,
    title: str = "Meeting with Petra Holloway",
    content: str | None = CONTENT,
    published: str = "2031-03-14T15:40:00+03:00",
    updated: str = "2031-03-14T18:05:00+03:00",
) -> str:
    url = f"http://en.kremlin.ru/events/president/news/{event_id}"
    summary = '<div class="c-summary"><p>Vladimir Putin met with Petra Holloway.</p></div>'
    body = f'<content type="html">{html.escape(content)}</content>' if content is not None else ""
    return (
        f"<entry><title>{html.escape(title)}</title><id>{url}</id><updated>{updated}</updated>"
        f'<published>{published}</published><link href="{url}" rel="alternate" '
        f'type="text/html" /><summary type="html">{html.escape(summary)}</summary>{body}</entry>'
    )


def read(data: bytes) -> list[Item]:
    return list(read_stream(io.BufferedReader(io.BytesIO(data)), "feed"))  # type: ignore[arg-type]


def test_each_entry_becomes_a_document() -> None:
    items = read(feed(entry(70200), entry(70201, "Second item")))
    assert [i.document.id for i in items if i.document] == [70200, 70201]
    assert [i.source for i in items] == ["feed#entry1", "feed#entry2"]


def test_entry_fields() -> None:
    (item,) = read(feed(entry()))
    doc = item.document
    assert doc is not None
    assert doc.title == "Meeting with Petra Holloway"
    assert doc.lead == "Vladimir Putin met with Petra Holloway."
    assert (str(doc.date), str(doc.time)) == ("2031-03-14", "15:40:00")
    assert doc.source.format == "kremlin-atom"
    assert doc.source.url == "http://en.kremlin.ru/events/president/news/70200"
    assert item.updated == dt.datetime.fromisoformat("2031-03-14T18:05:00+03:00")


def test_content_body_has_paragraphs_turns_and_omissions_without_the_lead() -> None:
    (item,) = read(feed(entry()))
    assert item.document is not None
    body = item.document.body
    assert isinstance(body[0], Narrative)
    assert body[0].paragraph.text == "The meeting focused on the ferry timetable."
    turns = [b for b in body if isinstance(b, Turn)]
    assert [(t.label, t.speaker) for t in turns] == [
        ("Vladimir Putin", "Putin Vladimir"),
        ("Petra Holloway", "Holloway Petra"),
    ]
    assert body[-1].kind == "omission"


def test_entry_without_content_has_an_empty_body() -> None:
    (item,) = read(feed(entry(content=None)))
    assert item.ok and item.document is not None and item.document.body == ()


def test_bad_entry_is_rejected_alone() -> None:
    items = read(feed(entry(70200), entry(70201, published="yesterday"), entry(70202, title="")))
    assert [i.ok for i in items] == [True, False, False]
    assert items[1].problem is not None and "published" in items[1].problem.message


def test_entry_without_an_event_id_is_rejected() -> None:
    bad = entry().replace("/news/70200", "/news/latest")
    (item,) = read(feed(bad))
    assert not item.ok


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>',
        b'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x "y">]>'
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>&x;</title></feed>',
    ],
)
def test_broken_or_hostile_feed_is_rejected_or_read_without_entities(data: bytes) -> None:
    items = list(atom.read(io.BytesIO(data), "feed"))
    assert all(not i.ok for i in items)


def test_sniff_needs_the_atom_namespace() -> None:
    assert atom.sniff(feed(entry())[:4096], "x")
    assert not atom.sniff(b"<feed><entry/></feed>", "x")
    assert not atom.sniff(b"<!doctype html><html>", "x")
