"""The Document: one event, as every parser produces it and every renderer reads it.

Framework-free on purpose: parsing and rendering never touch the database, so they
stay fast and testable alone. ``store`` maps a Document to rows and back.

The JSON form (``to_json`` / ``from_json``) is versioned by ``SCHEMA`` and
round-trips exactly; it is also the dump and restore format (see docs/document.md).
Its one encoder and one decoder are here (``encode_*`` / ``decode_*``); the store's
rows hold some parts in the same form (a paragraph's mentions).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

SCHEMA = "pressroom.document/1"

Language: TypeAlias = Literal["en", "ru"]
LANGUAGES: tuple[Language, ...] = ("en", "ru")

#: How a speech turn's label sat in the text version, so it renders back exactly:
#: ``inline`` is ``Label: text``; ``split`` is ``Label`` then a line ``: text``;
#: ``own_line`` is a line ``Label:`` with the text starting on the next line.
LabelLayout: TypeAlias = Literal["inline", "split", "own_line"]
LABEL_LAYOUTS: tuple[LabelLayout, ...] = ("inline", "split", "own_line")

#: Headings of related-link blocks: ``see_also`` ("See also") and ``additional``
#: ("Additional", on old pages).
RelatedKind: TypeAlias = Literal["see_also", "additional"]
RELATED_KINDS: tuple[RelatedKind, ...] = ("see_also", "additional")

#: Geography tags are countries or Russian regions; unknown when only the name is known.
PlaceKind: TypeAlias = Literal["country", "region", ""]


_WORD = re.compile(r"\w+")


def count_words(text: str) -> int:
    """The one word count: runs of letters and digits (``\\w+``). Stored per block
    (``word_count``), summed by statistics, the API and exports, so they all agree."""
    return len(_WORD.findall(text))


class DocumentError(ValueError):
    """A JSON form that does not describe a valid Document; names the field."""

    def __init__(self, field_path: str, message: str) -> None:
        super().__init__(f"{field_path}: {message}")
        self.field = field_path
        self.message = message


@dataclass(frozen=True)
class Photo:
    caption: str = ""
    credit: str = ""
    #: Where the picture lives (absolute URL or a media path); empty when unknown.
    image_url: str = ""
    thumbnail_url: str = ""
    #: Credited to a news agency (TASS, RIA Novosti...): outside the site's CC BY licence.
    agency: bool = False
    #: The source site's photo id, when known.
    source_id: str = ""


@dataclass(frozen=True)
class Gallery:
    #: The size the page announces ("1 of 5"); may exceed the photos known.
    size: int
    photos: tuple[Photo, ...] = ()


@dataclass(frozen=True)
class PersonRef:
    """An inline mention of a person inside a paragraph (a link on the source page)."""

    name: str
    start: int
    end: int
    catalog_id: str = ""


@dataclass(frozen=True)
class Paragraph:
    text: str
    mentions: tuple[PersonRef, ...] = ()

    @property
    def words(self) -> int:
        return count_words(self.text)


@dataclass(frozen=True)
class Narrative:
    """Press-service text, participant lists, stage notes, quoted messages."""

    paragraph: Paragraph
    kind: Literal["narrative"] = "narrative"

    @property
    def words(self) -> int:
        return self.paragraph.words


@dataclass(frozen=True)
class Turn:
    """One speech turn: the label as printed next to what it was resolved to."""

    label: str
    paragraphs: tuple[Paragraph, ...]
    layout: LabelLayout = "inline"
    #: The person who speaks, as their "Surname Given" tag name; None if unresolved
    #: or anonymous (``Question``, ``Remark``).
    speaker: str | None = None
    #: The title printed before the name ("President of Kazakhstan"), if any.
    role: str = ""
    kind: Literal["turn"] = "turn"

    @property
    def words(self) -> int:
        return sum(p.words for p in self.paragraphs)


@dataclass(frozen=True)
class Omission:
    """``<…>``: the published text leaves something out here."""

    kind: Literal["omission"] = "omission"
    words = 0


@dataclass(frozen=True)
class Separator:
    """``* * *``: divides the narrative from the verbatim transcript."""

    kind: Literal["separator"] = "separator"
    words = 0


Block: TypeAlias = Narrative | Turn | Omission | Separator


@dataclass(frozen=True)
class RelatedItem:
    title: str
    date: dt.date | None = None
    #: The id of the linked event, when known; the text version does not carry it.
    event_id: int | None = None
    url: str = ""


@dataclass(frozen=True)
class Related:
    kind: RelatedKind
    items: tuple[RelatedItem, ...]


@dataclass(frozen=True)
class Tag:
    name: str
    #: The source site's catalog id (person id, keyword id, ISO country code,
    #: region code); empty when only the name is known.
    catalog_id: str = ""


@dataclass(frozen=True)
class PlaceTag(Tag):
    place_kind: PlaceKind = ""


@dataclass(frozen=True)
class Publication:
    sections: tuple[str, ...] = ()
    date: dt.date | None = None
    time: dt.time | None = None
    #: As printed, without scheme: ``en.kremlin.ru/d/72465``.
    direct_link: str = ""


@dataclass(frozen=True)
class Source:
    """Provenance: where the document was read from."""

    format: str = ""
    url: str = ""
    content_hash: str = ""
    last_modified: dt.datetime | None = None
    #: The other language version of the same event, when the page links it.
    translation_url: str = ""


@dataclass(frozen=True)
class TextLayout:
    """What a text version's bytes need beyond the content to render back exactly."""

    final_newline: bool = True


@dataclass(frozen=True)
class Document:
    title: str
    language: Language = "en"
    id: int | None = None
    #: The breadcrumb word printed above the title ("Events", "События").
    section_word: str = "Events"
    lead: str = ""
    date: dt.date | None = None
    time: dt.time | None = None
    place: str = ""
    gallery: Gallery | None = None
    body: tuple[Block, ...] = ()
    related: tuple[Related, ...] = ()
    geography: tuple[PlaceTag, ...] = ()
    topics: tuple[Tag, ...] = ()
    persons: tuple[Tag, ...] = ()
    publication: Publication = field(default_factory=Publication)
    source: Source = field(default_factory=Source)
    text_layout: TextLayout = field(default_factory=TextLayout)

    @property
    def turns(self) -> tuple[Turn, ...]:
        return tuple(b for b in self.body if isinstance(b, Turn))

    def to_dict(self) -> dict[str, Any]:
        return encode_document(self)

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, sort_keys=False)

    @classmethod
    def from_dict(cls, data: Any) -> Document:
        if not isinstance(data, dict):
            raise DocumentError("$", "a document is a JSON object")
        schema = data.get("schema")
        if schema != SCHEMA:
            raise DocumentError("schema", f"expected {SCHEMA!r}, got {schema!r}")
        return _decode_document({k: v for k, v in data.items() if k != "schema"})

    @classmethod
    def from_json(cls, text: str) -> Document:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DocumentError(f"line {exc.lineno}", f"not JSON: {exc.msg}") from exc
        return cls.from_dict(data)


# --- JSON encoding -------------------------------------------------------------------
#
# One small function per dataclass, its fields written out in declaration order: a
# dump of 100,000 events spends most of its time here, and a generic walk that
# inspects every value costs several times more. A test checks the result against
# such a walk, so a field added to a dataclass and not here fails it.


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _clock(value: dt.time | None) -> str | None:
    return None if value is None else value.strftime("%H:%M")


def encode_mentions(p: Paragraph) -> list[dict[str, Any]]:
    return [
        {"name": r.name, "start": r.start, "end": r.end, "catalog_id": r.catalog_id}
        for r in p.mentions
    ]


def decode_mentions(data: list[dict[str, Any]]) -> tuple[PersonRef, ...]:
    """What ``encode_mentions`` wrote, read back unchecked: for the store's own rows."""
    return tuple(PersonRef(**ref) for ref in data)


def _paragraph_dict(p: Paragraph) -> dict[str, Any]:
    return {"text": p.text, "mentions": encode_mentions(p)}


def _block_dict(block: Block) -> dict[str, Any]:
    if isinstance(block, Turn):
        return {
            "label": block.label,
            "paragraphs": [_paragraph_dict(p) for p in block.paragraphs],
            "layout": block.layout,
            "speaker": block.speaker,
            "role": block.role,
            "kind": "turn",
        }
    if isinstance(block, Narrative):
        return {"paragraph": _paragraph_dict(block.paragraph), "kind": "narrative"}
    return {"kind": block.kind}


def encode_photo(p: Photo) -> dict[str, Any]:
    return {
        "caption": p.caption,
        "credit": p.credit,
        "image_url": p.image_url,
        "thumbnail_url": p.thumbnail_url,
        "agency": p.agency,
        "source_id": p.source_id,
    }


def _gallery_dict(g: Gallery | None) -> dict[str, Any] | None:
    return None if g is None else {"size": g.size, "photos": [encode_photo(p) for p in g.photos]}


def _related_dict(r: Related) -> dict[str, Any]:
    return {
        "kind": r.kind,
        "items": [
            {"title": i.title, "date": _day(i.date), "event_id": i.event_id, "url": i.url}
            for i in r.items
        ],
    }


def _tag_dict(t: Tag) -> dict[str, Any]:
    return {"name": t.name, "catalog_id": t.catalog_id}


def _place_dict(t: PlaceTag) -> dict[str, Any]:
    return {"name": t.name, "catalog_id": t.catalog_id, "place_kind": t.place_kind}


def encode_document(doc: Document) -> dict[str, Any]:
    """The JSON form of ``doc`` as a dict, ``schema`` first."""
    pub, src = doc.publication, doc.source
    return {
        "schema": SCHEMA,
        "title": doc.title,
        "language": doc.language,
        "id": doc.id,
        "section_word": doc.section_word,
        "lead": doc.lead,
        "date": _day(doc.date),
        "time": _clock(doc.time),
        "place": doc.place,
        "gallery": _gallery_dict(doc.gallery),
        "body": [_block_dict(b) for b in doc.body],
        "related": [_related_dict(r) for r in doc.related],
        "geography": [_place_dict(t) for t in doc.geography],
        "topics": [_tag_dict(t) for t in doc.topics],
        "persons": [_tag_dict(t) for t in doc.persons],
        "publication": {
            "sections": list(pub.sections),
            "date": _day(pub.date),
            "time": _clock(pub.time),
            "direct_link": pub.direct_link,
        },
        "source": {
            "format": src.format,
            "url": src.url,
            "content_hash": src.content_hash,
            "last_modified": _day(src.last_modified),
            "translation_url": src.translation_url,
        },
        "text_layout": {"final_newline": doc.text_layout.final_newline},
    }


class _Reader:
    """Typed access to one JSON object, naming the field path in every error."""

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, dict):
            raise DocumentError(path or "$", "expected an object")
        self.data = data
        self.path = path

    def _p(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def text(self, key: str, default: str = "") -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str):
            raise DocumentError(self._p(key), "expected a string")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is not None and not isinstance(value, str):
            raise DocumentError(self._p(key), "expected a string or null")
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise DocumentError(self._p(key), "expected true or false")
        return value

    def integer(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise DocumentError(self._p(key), "expected an integer")
        return value

    def day(self, key: str) -> dt.date | None:
        value = self.optional_text(key)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise DocumentError(self._p(key), f"not a date (YYYY-MM-DD): {value!r}") from None

    def clock(self, key: str) -> dt.time | None:
        value = self.optional_text(key)
        if value is None:
            return None
        try:
            parsed = dt.time.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is None or len(value) != 5:
            raise DocumentError(self._p(key), f"not a time (HH:MM): {value!r}")
        return parsed

    def moment(self, key: str) -> dt.datetime | None:
        value = self.optional_text(key)
        if value is None:
            return None
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            raise DocumentError(self._p(key), f"not a date and time: {value!r}") from None

    def record(self, key: str) -> _Reader | None:
        value = self.data.get(key)
        return None if value is None else _Reader(value, self._p(key))

    def records(self, key: str) -> list[_Reader]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise DocumentError(self._p(key), "expected a list")
        return [_Reader(v, f"{self._p(key)}[{i}]") for i, v in enumerate(value)]

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise DocumentError(self._p(key), "expected a list of strings")
        return tuple(value)

    def choice(self, key: str, options: tuple[str, ...], default: str | None = None) -> Any:
        value = self.data.get(key, default)
        if value not in options:
            raise DocumentError(self._p(key), f"expected one of {', '.join(options)}")
        return value


def _paragraph(r: _Reader) -> Paragraph:
    mentions = tuple(
        PersonRef(
            name=m.text("name"),
            start=m.integer("start") or 0,
            end=m.integer("end") or 0,
            catalog_id=m.text("catalog_id"),
        )
        for m in r.records("mentions")
    )
    return Paragraph(text=r.text("text"), mentions=mentions)


def _block(r: _Reader) -> Block:
    kind = r.choice("kind", ("narrative", "turn", "omission", "separator"))
    if kind == "narrative":
        para = r.record("paragraph")
        if para is None:
            raise DocumentError(r._p("paragraph"), "a narrative block needs a paragraph")
        return Narrative(paragraph=_paragraph(para))
    if kind == "turn":
        paragraphs = tuple(_paragraph(p) for p in r.records("paragraphs"))
        if not paragraphs:
            raise DocumentError(r._p("paragraphs"), "a turn needs at least one paragraph")
        return Turn(
            label=r.text("label"),
            paragraphs=paragraphs,
            layout=r.choice("layout", LABEL_LAYOUTS, "inline"),
            speaker=r.optional_text("speaker"),
            role=r.text("role"),
        )
    if kind == "omission":
        return Omission()
    return Separator()


def _tag(r: _Reader) -> Tag:
    return Tag(name=r.text("name"), catalog_id=r.text("catalog_id"))


def _place_tag(r: _Reader) -> PlaceTag:
    return PlaceTag(
        name=r.text("name"),
        catalog_id=r.text("catalog_id"),
        place_kind=r.choice("place_kind", ("country", "region", ""), ""),
    )


def _decode_document(data: dict[str, Any]) -> Document:
    r = _Reader(data, "")
    title = r.text("title")
    if not title:
        raise DocumentError("title", "a document needs a title")
    gallery = None
    if (g := r.record("gallery")) is not None:
        size = g.integer("size") or 0
        photos = tuple(
            Photo(
                caption=p.text("caption"),
                credit=p.text("credit"),
                image_url=p.text("image_url"),
                thumbnail_url=p.text("thumbnail_url"),
                agency=p.flag("agency"),
                source_id=p.text("source_id"),
            )
            for p in g.records("photos")
        )
        if size < 1:
            raise DocumentError("gallery.size", "a gallery has at least one photo")
        gallery = Gallery(size=size, photos=photos)
    related = tuple(
        Related(
            kind=rel.choice("kind", RELATED_KINDS),
            items=tuple(
                RelatedItem(
                    title=i.text("title"),
                    date=i.day("date"),
                    event_id=i.integer("event_id"),
                    url=i.text("url"),
                )
                for i in rel.records("items")
            ),
        )
        for rel in r.records("related")
    )
    pub = r.record("publication") or _Reader({}, "publication")
    src = r.record("source") or _Reader({}, "source")
    layout = r.record("text_layout") or _Reader({}, "text_layout")
    return Document(
        title=title,
        language=r.choice("language", LANGUAGES, "en"),
        id=r.integer("id"),
        section_word=r.text("section_word", "Events"),
        lead=r.text("lead"),
        date=r.day("date"),
        time=r.clock("time"),
        place=r.text("place"),
        gallery=gallery,
        body=tuple(_block(b) for b in r.records("body")),
        related=related,
        geography=tuple(_place_tag(t) for t in r.records("geography")),
        topics=tuple(_tag(t) for t in r.records("topics")),
        persons=tuple(_tag(t) for t in r.records("persons")),
        publication=Publication(
            sections=pub.texts("sections"),
            date=pub.day("date"),
            time=pub.clock("time"),
            direct_link=pub.text("direct_link"),
        ),
        source=Source(
            format=src.text("format"),
            url=src.text("url"),
            content_hash=src.text("content_hash"),
            last_modified=src.moment("last_modified"),
            translation_url=src.text("translation_url"),
        ),
        text_layout=TextLayout(final_newline=layout.flag("final_newline", True)),
    )
