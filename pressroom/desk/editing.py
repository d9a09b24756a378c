"""The admin's change form, read as a Document: what the editor submitted, nothing written.

The event form and its inline formsets (body, photos, See also, tags) edit the
Document the event's rows hold. ``document_from_forms`` builds the edited Document
from the submitted forms, and the row fields it does not carry (which person each
Persons tag stands for, uploaded picture files, ``incomplete``); the store writes
them (``pressroom.desk.history.save_document``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

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
    Separator,
    Tag,
    Turn,
)
from pressroom.events import models as m
from pressroom.events.loading import related_blocks
from pressroom.events.store import RowFields


def document_from_forms(
    form: Any, formsets: Iterable[Any], before: Document | None
) -> tuple[Document, RowFields]:
    """The Document the submitted forms describe, on top of ``before`` (None when new)."""
    data = form.cleaned_data
    rows = {formset.model: list(_kept(formset)) for formset in formsets}
    photos = [_photo(row) for row in rows.get(m.Photo, [])]
    size = max(data.get("gallery_size") or 0, len(photos))
    tagged = rows.get(m.EventPerson, [])
    doc = replace(
        before or Document(title=""),
        id=data["number"],
        language=data["language"],
        section_word=data["section_word"],
        title=data["title"],
        lead=data["lead"],
        date=data["date"],
        time=data["time"],
        place=data["place"],
        gallery=Gallery(size=size, photos=tuple(p for p, _ in photos)) if size else None,
        body=tuple(_block(row) for row in rows.get(m.Block, [])),
        related=related_blocks(
            (i.group, i.kind, i.title, i.date, i.target_number, i.url)
            for i in (row.instance for row in rows.get(m.RelatedLink, []))
        ),
        geography=tuple(
            PlaceTag(p.name, p.catalog_id, p.kind)  # type: ignore[arg-type]
            for p in (row.cleaned_data["place"] for row in rows.get(m.EventPlace, []))
        ),
        topics=tuple(
            Tag(t.name, t.catalog_id)
            for t in (row.cleaned_data["topic"] for row in rows.get(m.EventTopic, []))
        ),
        persons=tuple(
            Tag(row.cleaned_data["name"], row.cleaned_data["person"].catalog_id) for row in tagged
        ),
        publication=Publication(
            sections=tuple(
                row.cleaned_data["section"].name for row in rows.get(m.EventSection, [])
            ),
            date=data["publication_date"],
            time=data["publication_time"],
            direct_link=data["direct_link"],
        ),
    )
    fields = RowFields(
        person_ids=tuple(row.cleaned_data["person"].pk for row in tagged),
        photo_files=tuple(file for _, file in photos),
        columns={"incomplete": data["incomplete"]},
    )
    return doc, fields


def _kept(formset: Any) -> Iterator[Any]:
    """The formset's rows the editor kept, in the order given: by position, then as stored
    (older rows first), then as added."""
    kept = [
        row
        for row in formset.forms
        if row not in formset.deleted_forms and (row.instance.pk is not None or row.has_changed())
    ]

    def order(pair: tuple[int, Any]) -> tuple[int, int, int]:
        index, row = pair
        pk = row.instance.pk
        return (row.cleaned_data["position"], 0 if pk is not None else 1, pk or index)

    return (row for _, row in sorted(enumerate(kept), key=order))


def _block(row: Any) -> Block:
    data, stored = row.cleaned_data, row.instance
    kind = data["kind"]
    if kind == m.Block.Kind.OMISSION:
        return Omission()
    if kind == m.Block.Kind.SEPARATOR:
        return Separator()
    lines = data["text"].split("\n")
    # A paragraph the editor left as it was keeps the person mentions found in it.
    before = (row.initial.get("text") or "").split("\n") if stored.pk is not None else []
    mentions = stored.mentions or []
    paragraphs = tuple(
        Paragraph(
            line,
            tuple(PersonRef(**ref) for ref in mentions[i])
            if i < len(before) and i < len(mentions) and before[i] == line
            else (),
        )
        for i, line in enumerate(lines)
    )
    if kind == m.Block.Kind.NARRATIVE:
        return Narrative(paragraph=paragraphs[0])
    person = data.get("person")
    return Turn(
        label=data["label"],
        paragraphs=paragraphs,
        layout=stored.label_layout or "inline",
        speaker=person.tag_name if person is not None else None,
        role=data.get("role") or "",
    )


def _photo(row: Any) -> tuple[Photo, str]:
    """The photo, and its stored file (an upload is stored now, with its sizes)."""
    photo = row.save(commit=False)
    document_photo = Photo(
        caption=photo.caption,
        credit=photo.credit,
        image_url=photo.image_url,
        thumbnail_url=photo.thumbnail_url,
        agency=photo.agency,
        source_id=photo.source_id,
    )
    return document_photo, photo.image.name or ""
