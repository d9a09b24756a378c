"""The body of a kremlin.ru event (page or feed entry) as Document blocks.

Shared by the page reader (``kremlin``) and the feed reader (``atom``): paragraphs with
their person mentions (hidden tooltips removed), speech turns from bold labels,
omissions, separators, and the "See also" / "Additional" blocks taken out of the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml import etree

from pressroom.document import (
    Block,
    Narrative,
    Omission,
    Paragraph,
    PersonRef,
    Related,
    RelatedItem,
    RelatedKind,
    Separator,
    Turn,
)
from pressroom.ingest.kremlin_dates import parse_date
from pressroom.textformat import labels as text_labels
from pressroom.textformat.names import LabelTagger
from pressroom.textformat.speakers import TextEvidence

#: ASCII whitespace only: U+00A0 and other spaces of the source text are kept.
_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_PERSON_ID = re.compile(r"/catalog/persons/(\d+)")
_EVENT_ID = re.compile(r"(?:/events/[\w/-]*?/|/d/|^)(\d+)(?:\.html)?/?$")
#: How far into a paragraph a speaker label may reach (the longest real ones are titles).
_LABEL_MAX = 200
_LABEL_MAX_WORDS = 24
#: Omission marks and separators, compared with all spaces removed.
_OMISSIONS = frozenset({"<…>", "<...>", "[…]", "<…>."})
_SEPARATORS = frozenset({"***"})
_PARAGRAPH_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt"})
_CONTAINER_TAGS = frozenset({"div", "section", "ul", "ol", "dl", "span", "center", "font"})
_SKIPPED_TAGS = frozenset({"script", "style", "img", "video", "audio", "iframe", "figure", "hr"})
#: Blocks of the body that are not text: the gallery, videos, the tags and status below.
_NOT_BODY_CLASSES = frozenset({"read__bottommeta", "media__container", "slider", "media"})
_RELATED_HEADINGS: dict[str, RelatedKind] = {
    "see also": "see_also",
    "смотрите также": "see_also",
    "additional": "additional",
    "дополнительно": "additional",
}


def clean_space(text: str) -> str:
    """Runs of ASCII whitespace become one space; U+00A0 stays as printed."""
    return _ASCII_SPACE.sub(" ", text).strip(" ")


def keyword_of(el: etree._Element) -> str:
    """A heading's words for comparing with keywords (``See\u00a0also`` = ``see also``)."""
    return clean_space("".join(el.itertext()).replace("\u00a0", " ")).casefold()


def classes(el: etree._Element) -> list[str]:
    return (el.get("class") or "").split()


# --- Paragraph text -------------------------------------------------------------------


@dataclass
class _Text:
    """Cleaned paragraph text built piece by piece, with bold marks and mentions."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    #: One character per early character of the text: ``b`` bold, ``n`` not.
    mask: list[str] = field(default_factory=list)
    mentions: list[PersonRef] = field(default_factory=list)
    _space_before: bool = True

    def add(self, raw: str, bold: bool) -> None:
        # Most pieces need no cleaning; the regex is the hot spot otherwise.
        piece = raw if raw.isprintable() and "  " not in raw else _ASCII_SPACE.sub(" ", raw)
        if self._space_before and piece.startswith(" "):
            piece = piece[1:]
        if not piece:
            return
        self.parts.append(piece)
        if self.length < _LABEL_MAX + 2:
            self.mask.append(("b" if bold else "n") * len(piece))
        self.length += len(piece)
        self._space_before = piece.endswith(" ")

    def text(self) -> str:
        return "".join(self.parts).rstrip(" ")

    def bold_mask(self) -> str:
        return "".join(self.mask)


def _person_id(href: str) -> str:
    m = _PERSON_ID.search(href)
    return m.group(1) if m else ""


def _collect(el: etree._Element, out: _Text, bold: bool) -> None:
    if el.text:
        out.add(el.text, bold)
    for child in el:
        tag = child.tag
        if isinstance(tag, str):
            css = classes(child)
            if "read__tooltip" in css or tag in ("script", "style"):
                pass  # hidden tooltip text would leak names into the paragraph
            elif tag == "br":
                out.add(" ", bold)
            elif tag == "a" and "person_tag" in css:
                _collect_mention(child, out, bold)
            else:
                _collect(child, out, bold or tag in ("b", "strong"))
        if child.tail:
            out.add(child.tail, bold)


def _collect_mention(a: etree._Element, out: _Text, bold: bool) -> None:
    # Only the mention's own pieces are joined: joining the whole paragraph at every
    # mention made a long paragraph of many mentions quadratic (seconds at 10 MB).
    before, first = out.length, len(out.parts)
    _collect(a, out, bold)
    added = "".join(out.parts[first:])
    name = added.strip(" ")
    if name:
        start = before + len(added) - len(added.lstrip(" "))
        out.mentions.append(
            PersonRef(name, start, start + len(name), _person_id(a.get("href") or ""))
        )


def element_text(el: etree._Element) -> str:
    """The cleaned visible text of an element (tooltips removed)."""
    out = _Text()
    _collect(el, out, False)
    return out.text()


def _paragraph_of(el: etree._Element) -> _Text:
    out = _Text()
    _collect(el, out, False)
    return out


def _clip(mentions: Iterable[PersonRef], start: int, end: int) -> tuple[PersonRef, ...]:
    """Mentions inside ``text[start:end]``, re-based to ``start``."""
    return tuple(
        PersonRef(m.name, m.start - start, m.end - start, m.catalog_id)
        for m in mentions
        if m.start >= start and m.end <= end
    )


# --- Speaker labels -------------------------------------------------------------------


@dataclass(frozen=True)
class _Label:
    label: str
    rest: str
    rest_start: int
    #: Catalog ids of persons linked inside the label.
    person_ids: tuple[str, ...]


def _find_label(text: str, mask: str, mentions: list[PersonRef]) -> _Label | None:
    """``<b>Label:</b> text`` or ``<b>Label</b>: text`` (notes in brackets may follow)."""
    if not text or not mask or mask[0] != "b":
        return None
    colon = text.find(":", 0, _LABEL_MAX)
    if colon <= 0:
        return None
    depth = 0
    for i in range(colon):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch != " " and depth == 0 and (i >= len(mask) or mask[i] != "b"):
            return None
    label = text[:colon].rstrip(" ")
    if not label or len(label.split()) > _LABEL_MAX_WORDS:
        return None
    rest_start = colon + 1
    while rest_start < len(text) and text[rest_start] == " ":
        rest_start += 1
    ids = tuple(m.catalog_id for m in mentions if m.end <= colon and m.catalog_id)
    return _Label(label, text[rest_start:], rest_start, ids)


def _whole_bold(text: str, mask: str) -> bool:
    return (
        bool(text)
        and len(mask) >= len(text)
        and all(m == "b" or c == " " for c, m in zip(text, mask, strict=False))
    )


# --- Blocks ---------------------------------------------------------------------------


@dataclass
class _OpenTurn:
    label: str
    layout: str
    speaker: str | None
    role: str
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class HtmlBodyReader:
    """Walks a body element once, collecting blocks and related-link blocks."""

    resolver: LabelTagger
    #: Catalog id -> tag name, from the Persons tags, to resolve linked labels.
    person_tags: dict[str, str] = field(default_factory=dict)
    base_url: str = ""
    #: Elements to leave out (the gallery, the lead inside a feed entry...).
    skip: Callable[[etree._Element], bool] = lambda el: False
    blocks: list[Block] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    #: The text version's evidence for labels, so that a bold label becomes a turn
    #: exactly when its line in the text version would (round trips stay equal).
    evidence: TextEvidence = field(default_factory=lambda: TextEvidence(()))
    _turn: _OpenTurn | None = None
    #: A bold label alone on its paragraph, waiting for its text.
    _pending: tuple[str, str, tuple[str, ...]] | None = None

    def read(self, body: etree._Element) -> None:
        self._walk(body)
        self._flush_pending()
        self._close_turn()

    def _walk(self, parent: etree._Element) -> None:
        for el in parent:
            tag = el.tag
            if not isinstance(tag, str) or tag in _SKIPPED_TAGS or self.skip(el):
                continue
            css = classes(el)
            if "read__cut" in css or "cut" in css:
                self._read_related(el)
            elif _NOT_BODY_CLASSES.intersection(css):
                continue
            elif tag == "blockquote":
                self._walk(el)
            elif tag in _PARAGRAPH_TAGS:
                self._paragraph(el)
            elif tag in _CONTAINER_TAGS or tag in ("b", "strong", "i", "em"):
                self._walk(el) if len(el) and el[0].tag in _PARAGRAPH_TAGS else self._paragraph(el)
            else:
                self._paragraph(el)

    # Paragraphs ...........................................................................

    def _paragraph(self, el: etree._Element) -> None:
        built = _paragraph_of(el)
        text = built.text()
        if not text.strip(" \u00a0"):
            return
        compact = text.replace(" ", "").replace("\u00a0", "")
        if compact in _OMISSIONS:
            self._flush_pending()
            self._close_turn()
            self.blocks.append(Omission())
            return
        if compact in _SEPARATORS:
            self._flush_pending()
            self._close_turn()
            self.blocks.append(Separator())
            return
        mask = built.bold_mask()
        if self._pending is not None:
            label, layout_hint, ids = self._pending
            if layout_hint == "split" and text.startswith(":"):
                rest = text[1:].lstrip(" ")
                if rest:
                    self._pending = None
                    offset = len(text) - len(rest)
                    para = Paragraph(rest, _clip(built.mentions, offset, len(text)))
                    self._open_turn(label, "split", ids, para)
                    return
            found = self._accepted(_find_label(text, mask, built.mentions))
            if layout_hint == "own_line" and found is None:
                self._pending = None
                self._open_turn(label, "own_line", ids, Paragraph(text, tuple(built.mentions)))
                return
            self._flush_pending()
        found = self._accepted(_find_label(text, mask, built.mentions))
        if found is not None:
            if found.rest.strip(" \u00a0"):
                para = Paragraph(found.rest, _clip(built.mentions, found.rest_start, len(text)))
                self._open_turn(found.label, "inline", found.person_ids, para)
            else:
                self._pending = (found.label, "own_line", found.person_ids)
            return
        if _whole_bold(text, mask) and len(text) <= _LABEL_MAX and self._looks_like_name(text):
            ids = tuple(m.catalog_id for m in built.mentions if m.catalog_id)
            self._pending = (text, "split", ids)
            return
        para = Paragraph(text, tuple(built.mentions))
        if self._turn is not None:
            self._turn.paragraphs.append(para)
        else:
            self.blocks.append(Narrative(para))

    def _accepted(self, found: _Label | None) -> _Label | None:
        """A bold label is a speaker's when the text version's label rules agree."""
        if found is None or not self._is_label(found.label):
            return None
        return found

    def _is_label(self, label: str) -> bool:
        if not text_labels.plausible_shape(label):
            return False
        if text_labels.reads_like_name(label) or self.evidence.knows(label):
            self.evidence.resolve(label)  # remember it as evidence for later labels
            return True
        return False

    def _looks_like_name(self, text: str) -> bool:
        """A bold paragraph that may be a label whose text starts on the next line."""
        return text_labels.plausible_shape(text) and text_labels.reads_like_name(text)

    def _flush_pending(self) -> None:
        """A label that no text followed is printed text after all: keep it as narrative."""
        if self._pending is None:
            return
        label, layout, _ = self._pending
        self._pending = None
        text = f"{label}:" if layout == "own_line" else label
        para = Paragraph(text)
        if self._turn is not None:
            self._turn.paragraphs.append(para)
        else:
            self.blocks.append(Narrative(para))

    def _open_turn(self, label: str, layout: str, ids: tuple[str, ...], first: Paragraph) -> None:
        self._close_turn()
        speaker, role = self._speaker(label, ids)
        self._turn = _OpenTurn(label, layout, speaker, role, [first])

    def _speaker(self, label: str, ids: tuple[str, ...]) -> tuple[str | None, str]:
        match = self.resolver.resolve(label)
        for catalog_id in ids:
            if catalog_id in self.person_tags:
                tag = self.person_tags[catalog_id]
                return tag, match.role if match is not None else ""
        if match is None:
            return None, ""
        return match.tag, match.role

    def _close_turn(self) -> None:
        turn = self._turn
        if turn is None:
            return
        self._turn = None
        self.blocks.append(
            Turn(
                label=turn.label,
                paragraphs=tuple(turn.paragraphs),
                layout=turn.layout,  # type: ignore[arg-type]
                speaker=turn.speaker,
                role=turn.role,
            )
        )

    # Related links ........................................................................

    def _read_related(self, el: etree._Element) -> None:
        heading = ""
        items: list[RelatedItem] = []
        for node in el.iter("h2", "h3", "h4", "a", "div"):
            css = classes(node)
            if node.tag in ("h2", "h3", "h4") and not heading:
                heading = keyword_of(node)
            elif node.tag == "a" and node.get("href") is not None and "cut__meta" not in css:
                # ``cut__meta`` repeats the link with a file's format and size
                items.append(self._related_item(node))
            elif "cut__date" in css and items:
                last = items[-1]
                date = parse_date(clean_space("".join(node.itertext())))
                items[-1] = RelatedItem(last.title, date, last.event_id, last.url)
        kind = _RELATED_HEADINGS.get(heading, "see_also")
        items = [i for i in items if i.title]
        if not items:
            return
        if self.related and self.related[-1].kind == kind and not heading:
            self.related[-1] = Related(kind, self.related[-1].items + tuple(items))
        else:
            self.related.append(Related(kind, tuple(items)))

    def _related_item(self, a: etree._Element) -> RelatedItem:
        href = (a.get("href") or "").strip()
        url = absolute_url(href, self.base_url)
        return RelatedItem(title=element_text(a), date=None, event_id=event_id_of(url), url=url)


def absolute_url(href: str, base: str) -> str:
    """Resolve a link as the live site would (the mirror rewrote some to ``NNN.html``)."""
    if not href:
        return ""
    url = urljoin(base, href) if base else href
    parts = urlsplit(url)
    if parts.netloc.endswith("kremlin.ru") and parts.path.endswith(".html"):
        url = url[: url.index(".html", len(parts.scheme) + 3 + len(parts.netloc))]
    return url


def event_id_of(url: str) -> int | None:
    """The event id in an event link (``/events/.../NNN``, ``/d/NNN``), else None."""
    path = urlsplit(url).path if "://" in url else url
    if path.startswith("/") and "/events/" not in path and not path.startswith("/d/"):
        return None
    m = _EVENT_ID.search(path)
    return int(m.group(1)) if m else None
