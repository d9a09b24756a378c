"""Saved en.kremlin.ru event pages (and their print variant) read into Documents.

``parse_page`` is pure: bytes in, a Document out, or ``PageError`` naming what is
missing. The registered reader wraps it for ``pressroom import`` (docs/import.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html as html_lib
import re
from collections.abc import Iterator
from typing import BinaryIO
from zoneinfo import ZoneInfo

from lxml import etree

from pressroom.document import (
    Document,
    Gallery,
    Language,
    Photo,
    PlaceTag,
    Publication,
    Source,
    Tag,
)
from pressroom.ingest.base import Item, Problem, Reader, register
from pressroom.ingest.kremlin_body import (
    HtmlBodyReader,
    absolute_url,
    classes,
    clean_space,
    element_text,
    event_id_of,
    keyword_of,
)
from pressroom.ingest.kremlin_dates import parse_datetime, parse_iso_date, parse_time
from pressroom.textformat.names import LabelTagger
from pressroom.textformat.speakers import TextEvidence

FORMAT = "kremlin-html"
#: The site prints Moscow wall-clock times.
MOSCOW = ZoneInfo("Europe/Moscow")
#: A saved page larger than this is not an event page (the largest real one is ~1.5 MB).
MAX_PAGE_BYTES = 32 * 1024 * 1024

_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
_EVENT_ARTICLE = etree.XPath('//article[starts-with(@id, "event-")]')
_ARTICLE_ID = re.compile(r"<article\b[^>]*\bid\s*=\s*[\"']?event-\d")
_ENDS_HTML = re.compile(r"</html\s*>\s*$", re.I)
_HTML_LANG = re.compile(r"<html\b[^>]*\blang\s*=\s*[\"']?([\w-]+)", re.I)
_UPDATED = re.compile(r"class=\"read__updated\"[^>]*>(.{0,400}?)</div>", re.S)
_TAGS = re.compile(r"<[^>]*>")
_EVENT_ID = re.compile(r"^event-(\d{1,12})$")
_DIRECT_LINK_ID = re.compile(r"/d/(\d{1,12})\b")
_CATALOG = re.compile(r"/catalog/(countries|regions|keywords|persons)/([^/]+)")
#: What joins a caption and its credit on the page and in the text version.
CREDIT_JOINER = ". Photo: "
CREDIT_JOINERS: dict[str, str] = {"en": CREDIT_JOINER, "ru": ". Фото: "}
_PHOTO_ID = re.compile(r"^photo-(\d+)$")
#: Credits naming a news agency: those photos are outside the site's CC BY licence.
_AGENCY = re.compile(
    r"\b(?:ITAR-TASS|TASS|RIA\s+Novosti|RIA|Sputnik|Reuters|AFP|AP|Associated\s+Press|"
    r"EPA|Getty\s+Images|Interfax|Xinhua|Kommersant|ТАСС|РИА\s+Новости)\b"
)
_SNIFF_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]", re.I)
_SNIFF_SITE = re.compile(rb"kremlin\.ru|President of Russia", re.I)


class PageError(ValueError):
    """The bytes are not a complete en.kremlin.ru event page; the message says why."""


# --- The page -------------------------------------------------------------------------


def parse_page(data: bytes, source: str = "") -> Document:
    """Read one saved event page (or its print variant) into a Document."""
    text = _decode(data)
    if not _ENDS_HTML.search(text[-4096:]):
        raise PageError("truncated: the page does not end with </html>")
    article = _article(text)
    page_url = _page_url(text)
    event_id = _event_id(article, page_url)
    title_el = _first_by_class(article, "h1", "entry-title")
    title = element_text(title_el) if title_el is not None else ""
    if not title:
        raise PageError(f"event {event_id}: no title (h1.entry-title)")
    content = _first_by_class(article, "div", "entry-content")
    if content is None:
        raise PageError(f"event {event_id}: no body (div.entry-content)")
    if _first_by_class(article, "div", "read__status") is None:
        raise PageError(f"event {event_id}: no publication status (the page is cut short)")

    geography, topics, persons = _tags(article)
    person_ids = {t.catalog_id: t.name for t in persons if t.catalog_id}
    body = HtmlBodyReader(
        resolver=LabelTagger(t.name for t in persons),
        person_tags=person_ids,
        base_url=page_url,
        evidence=TextEvidence([t.name for t in persons]),
    )
    body.read(content)
    date, time, place = _meta(article)
    language = _language(text)
    return Document(
        title=title,
        language=language,
        id=event_id,
        section_word=_section_word(article),
        lead=_lead(article),
        date=date,
        time=time,
        place=place,
        gallery=_gallery(content, CREDIT_JOINERS[language]),
        body=tuple(body.blocks),
        related=tuple(body.related),
        geography=geography,
        topics=topics,
        persons=persons,
        publication=_publication(article),
        source=Source(
            format=FORMAT,
            url=page_url,
            content_hash=hashlib.sha256(data).hexdigest(),
            last_modified=_last_modified(text),
            translation_url=_translation_url(text),
        ),
    )


def _decode(data: bytes) -> str:
    if len(data) > MAX_PAGE_BYTES:
        raise PageError(f"too large for an event page ({len(data)} bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PageError(f"not UTF-8 at byte {exc.start}") from None


def _article(text: str) -> etree._Element:
    """Only the article is parsed as a tree: the site's chrome around it is four
    fifths of the page and would cost most of the time (the few facts outside the
    article are read from the text, see ``_page_url`` and below)."""
    start = text.find("<article")
    while start >= 0 and not _ARTICLE_ID.match(text, start, text.find(">", start) + 1):
        start = text.find("<article", start + 1)
    if start < 0:
        raise PageError('not an event page: no <article id="event-NNN">')
    end = text.find("</article>", start)
    fragment = text[start : end + len("</article>") if end >= 0 else len(text)]
    try:
        root = etree.fromstring(fragment, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise PageError(f"broken markup in the article: {exc}") from None
    articles = _EVENT_ARTICLE(root) if root is not None else []
    if not isinstance(articles, list) or not articles:
        raise PageError('broken markup: <article id="event-NNN"> cannot be read')
    return articles[0]


def _attr(tag: str, name: str) -> str:
    m = re.search(rf"\b{name}\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", tag, re.I)
    return html_lib.unescape(next(g for g in m.groups() if g is not None)).strip() if m else ""


def _tags_with(text: str, needle: str, limit: int = -1) -> Iterator[str]:
    """Each whole tag ``<...>`` that contains ``needle`` (a plain find: regexes over the
    whole page cost more than the parse of the article)."""
    end = len(text) if limit < 0 else min(limit, len(text))
    pos = text.find(needle, 0, end)
    while pos >= 0:
        start = text.rfind("<", 0, pos)
        stop = text.find(">", pos)
        if start >= 0 and stop >= 0 and ">" not in text[start:pos]:
            yield text[start : stop + 1]
        pos = text.find(needle, pos + len(needle), end)


def _page_url(text: str) -> str:
    """The live address: og:url (the mirror rewrote the canonical link to a file name)."""
    head_end = text.find("</head>")
    for tag in _tags_with(text, "og:url", head_end):
        if tag[:5].lower() == "<meta" and (url := _attr(tag, "content")):
            return url
    for tag in _tags_with(text, "canonical", head_end):
        href = _attr(tag, "href")
        if tag[:5].lower() == "<link" and href.startswith("http"):
            return href
    return ""


def _first_by_class(root: etree._Element, tag: str, css: str) -> etree._Element | None:
    for el in root.iter(tag):
        if css in classes(el):
            return el
    return None


def _event_id(article: etree._Element, page_url: str) -> int:
    m = _EVENT_ID.match(article.get("id", ""))
    if m:
        return int(m.group(1))
    for a in article.iter("a"):
        if "print_link" in classes(a) and (d := _DIRECT_LINK_ID.search(a.get("href") or "")):
            return int(d.group(1))
    from_url = event_id_of(page_url)
    if from_url is None:
        raise PageError(f"not an event page: no event id in {article.get('id')!r}")
    return from_url


def _language(text: str) -> Language:
    m = _HTML_LANG.search(text, 0, 8192)
    return "ru" if m and m.group(1).casefold().startswith("ru") else "en"


def _section_word(article: etree._Element) -> str:
    categ = _first_by_class(article, "a", "read__categ")
    return element_text(categ) if categ is not None else "Events"


def _lead(article: etree._Element) -> str:
    lead = _first_by_class(article, "div", "read__lead")
    return element_text(lead) if lead is not None else ""


def _meta(article: etree._Element) -> tuple[dt.date | None, dt.time | None, str]:
    date: dt.date | None = None
    time: dt.time | None = None
    place = ""
    meta = _first_by_class(article, "div", "read__meta")
    if meta is None:
        return None, None, ""
    for el in meta.iter("time", "div"):
        css = classes(el)
        if el.tag == "time" and "read__published" in css:
            date = parse_iso_date(el.get("datetime") or "") or parse_datetime(el.text or "")[0]
        elif "read__time" in css:
            time = parse_time(element_text(el))
        elif "read__place" in css:
            place = element_text(el)
    return date, time, place


def _last_modified(text: str) -> dt.datetime | None:
    """``Last updated at April 29, 2019, 17:29``: Moscow wall-clock time, made aware
    with Moscow's offset of that day (+04:00 from 2011 to 2014, +03:00 otherwise)."""
    m = _UPDATED.search(text)
    if m is None:
        return None
    date, time = parse_datetime(html_lib.unescape(_TAGS.sub(" ", m.group(1))))
    if date is None:
        return None
    return dt.datetime.combine(date, time or dt.time(0, 0), tzinfo=MOSCOW)


def _translation_url(text: str) -> str:
    for tag in _tags_with(text, 'hreflang="ru"'):
        if tag[:2].lower() == "<a" and (href := _attr(tag, "href")):
            return href
    return ""


# --- Tags and publication status ----------------------------------------------------------

_TAG_HEADINGS = {
    "geography": "geography",
    "география": "geography",
    "topics": "topics",
    "темы": "topics",
    "persons": "persons",
    "лица": "persons",
}


def _tags(
    article: etree._Element,
) -> tuple[tuple[PlaceTag, ...], tuple[Tag, ...], tuple[Tag, ...]]:
    geography: list[PlaceTag] = []
    topics: list[Tag] = []
    persons: list[Tag] = []
    box = _first_by_class(article, "div", "read__tags")
    if box is None:
        return (), (), ()
    for col in box.iter("div"):
        if "read__tagscol" not in classes(col):
            continue
        heading = col.find(".//h3")
        kind = _TAG_HEADINGS.get(keyword_of(heading)) if heading is not None else None
        for a in col.iter("a"):
            name = element_text(a)
            if not name:
                continue
            m = _CATALOG.search(a.get("href") or "")
            catalog, code = (m.group(1), m.group(2)) if m else ("", "")
            if kind == "geography":
                place_kind = {"countries": "country", "regions": "region"}.get(catalog, "")
                geography.append(PlaceTag(name, code, place_kind))  # type: ignore[arg-type]
            elif kind == "topics":
                topics.append(Tag(name, code))
            elif kind == "persons":
                persons.append(Tag(name, code))
    return tuple(geography), tuple(topics), tuple(persons)


def _publication(article: etree._Element) -> Publication:
    status = _first_by_class(article, "div", "read__status")
    if status is None:
        return Publication()
    sections: list[str] = []
    date: dt.date | None = None
    time: dt.time | None = None
    direct_link = ""
    for p in status.iter("p"):
        text = clean_space("".join(p.itertext())).replace("\u00a0", " ")
        if text.startswith(("Published in section", "Опубликован в раздел")):
            sections = [element_text(a) for a in p.iter("a") if element_text(a)]
        elif text.startswith(("Publication date", "Дата публикации")):
            date, time = parse_datetime(text)
        for a in p.iter("a"):
            if "print_link" in classes(a):
                direct_link = element_text(a)
    return Publication(sections=tuple(sections), date=date, time=time, direct_link=direct_link)


# --- Gallery ------------------------------------------------------------------------------


def split_credit(text: str, joiner: str = CREDIT_JOINER) -> tuple[str, str]:
    """``Caption. Photo: Credit`` -> (``Caption``, ``Credit``), split as the text version
    splits its caption line (the last joiner; a line may be ``Photo: Credit`` alone)."""
    prefix = joiner.lstrip(". ")
    if text.startswith(prefix):
        return "", text[len(prefix) :].strip(" ")
    caption, found, credit = text.rpartition(joiner)
    if not found or not credit.strip(" "):
        return text, ""
    return caption, credit.strip(" ")


def is_agency(credit: str) -> bool:
    return bool(_AGENCY.search(credit))


def _photo(img: etree._Element | None, described: str, thumb: str, joiner: str) -> Photo:
    caption, credit = split_credit(clean_space(described), joiner)
    photo_id = ""
    src = ""
    if img is not None:
        src = (img.get("src") or "").strip()
        if m := _PHOTO_ID.match(img.get("id") or ""):
            photo_id = m.group(1)
    return Photo(
        caption=caption,
        credit=credit,
        image_url=src,
        thumbnail_url=thumb,
        agency=is_agency(credit),
        source_id=photo_id,
    )


def _thumbnail(el: etree._Element) -> str:
    for meta in el.iter("meta"):
        if meta.get("itemprop") == "thumbnailUrl":
            return (meta.get("content") or "").strip()
    return ""


def _gallery(content: etree._Element, joiner: str) -> Gallery | None:
    for el in content:
        if el.tag != "div":
            continue
        css = classes(el)
        if "slider" in css:
            photos = [
                _photo(
                    next(slide.iter("img"), None),
                    slide.get("data-cycle-desc") or "",
                    _thumbnail(slide),
                    joiner,
                )
                for slide in el.iter("div")
                if "slide" in classes(slide)
            ]
            if photos:
                # A slide with neither caption nor picture says nothing but its place
                # in the count (the text version's empty caption line means the same).
                known = tuple(p for p in photos if p.caption or p.credit or p.image_url)
                return Gallery(size=len(photos), photos=known)
        elif "media" in css:
            img = next(el.iter("img"), None)
            title = next((s for s in el.iter("span") if "media__title" in classes(s)), None)
            described = (
                element_text(title)
                if title is not None
                else (img.get("alt", "") if img is not None else "")
            )
            photo = _photo(img, described, _thumbnail(el), joiner)
            known = (photo,) if photo.caption or photo.credit or photo.image_url else ()
            return Gallery(size=1, photos=known)
    return None


# --- The reader ---------------------------------------------------------------------------


def sniff(head: bytes, name: str) -> bool:
    """An HTML page of the site: the doctype or <html>, and the site named in the head."""
    return bool(_SNIFF_HTML.search(head[:1024])) and bool(_SNIFF_SITE.search(head))


def read(stream: BinaryIO, name: str) -> Iterator[Item]:
    data = stream.read(MAX_PAGE_BYTES + 1)
    try:
        document = parse_page(data, name)
    except PageError as exc:
        yield Item(source=name, problem=Problem(str(exc)))
        return
    yield Item(source=name, document=document)


READER = register(
    Reader(
        name="kremlin-html",
        sniff=sniff,
        read=read,
        priority=40,
        description="a saved en.kremlin.ru event page or its print variant",
    )
)

__all__ = [
    "FORMAT",
    "READER",
    "PageError",
    "absolute_url",
    "is_agency",
    "parse_page",
    "split_credit",
]
