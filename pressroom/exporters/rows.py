"""Documents for many events straight from the rows, for bulk exports.

``store.load`` builds model instances for every block, photo and tag; a dump of
100,000 events cannot afford that. This reads the same rows as plain tuples, a
few queries per batch, and builds the same Documents (tests check they are equal
to ``store.load``'s).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from django.core.files.storage import default_storage

from pressroom.document import (
    Block,
    Document,
    Gallery,
    Narrative,
    Omission,
    Paragraph,
    PersonRef,
    Photo,
    PlaceTag,
    Publication,
    Related,
    RelatedItem,
    Separator,
    Source,
    Tag,
    TextLayout,
    Turn,
)
from pressroom.events import models as m

BATCH = 1000

_EVENT_FIELDS = (
    "pk", "number", "language", "section_word", "title", "lead", "date", "time", "place",
    "gallery_size", "publication_date", "publication_time", "direct_link", "source_format",
    "source_url", "source_hash", "source_modified", "translation_url", "final_newline",
)  # fmt: skip


def _grouped(queryset: Any, *columns: str) -> dict[int, list[tuple[Any, ...]]]:
    grouped: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in queryset.values_list("event_id", *columns):
        grouped[row[0]].append(row[1:])
    return grouped


def _paragraphs(text: str, mentions: list[list[dict[str, Any]]] | None) -> tuple[Paragraph, ...]:
    found = mentions or []
    return tuple(
        Paragraph(
            text=line,
            mentions=tuple(PersonRef(**ref) for ref in found[i]) if i < len(found) else (),
        )
        for i, line in enumerate(text.split("\n"))
    )


def _block(kind: str, text: str, mentions: Any, label: str, layout: str, tag: str | None,
           role: str) -> Block:  # fmt: skip
    if kind == "omission":
        return Omission()
    if kind == "separator":
        return Separator()
    paragraphs = _paragraphs(text, mentions)
    if kind == "narrative":
        return Narrative(paragraph=paragraphs[0])
    return Turn(label=label, paragraphs=paragraphs, layout=layout or "inline",  # type: ignore[arg-type]
                speaker=tag, role=role)  # fmt: skip


def _related(rows: list[tuple[Any, ...]]) -> tuple[Related, ...]:
    groups: list[tuple[int, str, list[RelatedItem]]] = []
    for group, kind, title, date, target, url in rows:
        if not groups or groups[-1][0] != group:
            groups.append((group, kind, []))
        groups[-1][2].append(RelatedItem(title=title, date=date, event_id=target, url=url))
    return tuple(Related(kind=kind, items=tuple(items)) for _, kind, items in groups)  # type: ignore[arg-type]


def _batch(pks: list[int]) -> Iterator[Document]:
    events = {row[0]: row for row in m.Event.objects.filter(pk__in=pks).values_list(*_EVENT_FIELDS)}
    blocks = _grouped(
        m.Block.objects.filter(event_id__in=pks).order_by("event_id", "position"),
        "kind", "text", "mentions", "label", "label_layout", "person__tag_name", "role",
    )  # fmt: skip
    photos = _grouped(
        m.Photo.objects.filter(event_id__in=pks).order_by("event_id", "position"),
        "caption", "credit", "image_url", "thumbnail_url", "agency", "source_id", "image",
    )  # fmt: skip
    related = _grouped(
        m.RelatedLink.objects.filter(event_id__in=pks).order_by("event_id", "position"),
        "group", "kind", "title", "date", "target_number", "url",
    )  # fmt: skip
    sections = _grouped(
        m.EventSection.objects.filter(event_id__in=pks).order_by("event_id", "position"),
        "section__name",
    )
    persons = _grouped(
        m.EventPerson.objects.filter(event_id__in=pks).order_by("event_id", "position"),
        "name", "person__catalog_id",
    )  # fmt: skip
    topics = _grouped(
        m.EventTopic.objects.filter(event_id__in=pks).order_by("event_id", "position"),
        "topic__name", "topic__catalog_id",
    )  # fmt: skip
    places = _grouped(
        m.EventPlace.objects.filter(event_id__in=pks).order_by("event_id", "position"),
        "place__name", "place__catalog_id", "place__kind",
    )  # fmt: skip
    for pk in pks:
        (_, number, language, section_word, title, lead, date, time, place, gallery_size,
         pub_date, pub_time, direct_link, src_format, src_url, src_hash, src_modified,
         translation_url, final_newline) = events[pk]  # fmt: skip
        gallery = None
        if gallery_size:
            gallery = Gallery(
                size=gallery_size,
                photos=tuple(
                    Photo(
                        caption=c,
                        credit=cr,
                        image_url=url or (default_storage.url(img) if img else ""),
                        thumbnail_url=th,
                        agency=ag,
                        source_id=sid,
                    )
                    for c, cr, url, th, ag, sid, img in photos.get(pk, ())
                ),
            )
        yield Document(
            title=title, language=language, id=number, section_word=section_word, lead=lead,
            date=date, time=time, place=place, gallery=gallery,
            body=tuple(_block(*row) for row in blocks.get(pk, ())),
            related=_related(related.get(pk, [])),
            geography=tuple(PlaceTag(name=n, catalog_id=c, place_kind=k)
                            for n, c, k in places.get(pk, ())),
            topics=tuple(Tag(name=n, catalog_id=c) for n, c in topics.get(pk, ())),
            persons=tuple(Tag(name=n, catalog_id=c) for n, c in persons.get(pk, ())),
            publication=Publication(
                sections=tuple(s for (s,) in sections.get(pk, ())), date=pub_date, time=pub_time,
                direct_link=direct_link,
            ),
            source=Source(format=src_format, url=src_url, content_hash=src_hash,
                          last_modified=src_modified, translation_url=translation_url),
            text_layout=TextLayout(final_newline=final_newline),
        )  # fmt: skip


def iter_documents_fast(events: Any, batch_size: int = BATCH) -> Iterator[Document]:
    """The Documents of ``events`` in its order, equal to ``store.load``'s, in batches."""
    pks = list(events.values_list("pk", flat=True))
    for start in range(0, len(pks), batch_size):
        yield from _batch(pks[start : start + batch_size])
