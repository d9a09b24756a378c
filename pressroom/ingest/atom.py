"""The site's Atom news feed: one Document per entry, what the entry holds.

An entry gives the event's id (from its ``<id>`` address), title, lead (the summary),
body (the content's paragraphs and speaker turns, when present), date and time (from
``<published>``, Moscow wall-clock as printed) and ``updated``, which the store uses
to skip entries it already holds in the same or a newer state.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from typing import BinaryIO

from lxml import etree

from pressroom.document import Document, Source
from pressroom.ingest.base import Item, Problem, Reader, register
from pressroom.ingest.kremlin_body import HtmlBodyReader, classes, element_text, event_id_of
from pressroom.textformat.names import LabelTagger

FORMAT = "kremlin-atom"
ATOM = "http://www.w3.org/2005/Atom"
#: A feed page of the site is some hundred kilobytes.
MAX_FEED_BYTES = 32 * 1024 * 1024

_NS = {"a": ATOM}
# Untrusted XML: no entities expanded, nothing fetched.
_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_HTML = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)


class FeedError(ValueError):
    """The bytes are not an Atom feed; the message says why."""


def sniff(head: bytes, name: str) -> bool:
    return b"<feed" in head and ATOM.encode() in head


def parse_feed(data: bytes, source: str = "") -> Iterator[Item]:
    """Yield one item per entry; a bad entry is rejected alone, naming its position."""
    try:
        root = etree.fromstring(data, _XML)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"not well-formed XML: {exc}") from None
    if root is None or root.tag != f"{{{ATOM}}}feed":
        raise FeedError("not an Atom feed: the root element is not <feed>")
    language = (
        "ru"
        if (root.get("{http://www.w3.org/XML/1998/namespace}lang") or "").startswith("ru")
        else "en"
    )
    for number, entry in enumerate(root.iterfind("a:entry", _NS), start=1):
        name = f"{source}#entry{number}"
        try:
            document, updated = _entry(entry, language)
        except ValueError as exc:
            yield Item(source=name, problem=Problem(f"entry {number}: {exc}"))
            continue
        yield Item(source=name, document=document, updated=updated)


def _text(entry: etree._Element, tag: str) -> str:
    el = entry.find(f"a:{tag}", _NS)
    return (el.text or "").strip() if el is not None else ""


def _entry(entry: etree._Element, language: str) -> tuple[Document, dt.datetime | None]:
    title = " ".join(_text(entry, "title").split(" "))
    if not title:
        raise ValueError("no <title>")
    entry_id = _text(entry, "id")
    url = _alternate(entry) or entry_id
    event_id = event_id_of(entry_id) or event_id_of(url)
    if event_id is None:
        raise ValueError(f"no event id in <id> {entry_id[:200]!r}")
    published = _datetime(_text(entry, "published"), "published")
    updated = _datetime(_text(entry, "updated"), "updated")
    lead = ""
    summary = _fragment(_text(entry, "summary"))
    if summary is not None:
        lead = _lead(summary)
    content = _fragment(_text(entry, "content"))
    body = HtmlBodyReader(resolver=LabelTagger(), base_url=url, skip=_not_body)
    if content is not None:
        lead = lead or _lead(content)
        body.read(content)
    document = Document(
        title=title,
        language="ru" if language == "ru" else "en",
        id=event_id,
        section_word="События" if language == "ru" else "Events",
        lead=lead,
        date=published.date() if published is not None else None,
        time=published.time().replace(second=0, microsecond=0) if published is not None else None,
        body=tuple(body.blocks),
        related=tuple(body.related),
        source=Source(
            format=FORMAT,
            url=url,
            content_hash=hashlib.sha256(etree.tostring(entry)).hexdigest(),
            last_modified=updated,
        ),
    )
    return document, updated


def _alternate(entry: etree._Element) -> str:
    for link in entry.iterfind("a:link", _NS):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return (link.get("href") or "").strip()
    return ""


def _datetime(text: str, field: str) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"<{field}> is not a date and time: {text[:40]!r}") from None


def _fragment(markup: str) -> etree._Element | None:
    """The escaped HTML of ``<summary>`` or ``<content>`` as an element tree."""
    if not markup.strip():
        return None
    root = etree.fromstring(f"<div>{markup}</div>", _HTML)
    if root is None:
        return None
    body = root.find("body")
    return body[0] if body is not None and len(body) else None


def _lead(fragment: etree._Element) -> str:
    for el in fragment.iter("div"):
        if "c-summary" in classes(el):
            return element_text(el)
    return ""


def _not_body(el: etree._Element) -> bool:
    """The lead repeated at the top of the content, and the picture, are not body."""
    return el.tag == "img" or "c-summary" in classes(el)


def read(stream: BinaryIO, name: str) -> Iterator[Item]:
    data = stream.read(MAX_FEED_BYTES + 1)
    if len(data) > MAX_FEED_BYTES:
        yield Item(source=name, problem=Problem("larger than 32 MB: not a feed of the site"))
        return
    try:
        yield from parse_feed(data, name)
    except FeedError as exc:
        yield Item(source=name, problem=Problem(str(exc)))


READER = register(
    Reader(
        name="kremlin-atom",
        sniff=sniff,
        read=read,
        priority=40,
        description="the site's Atom news feed: one event per entry",
    )
)
