"""What a stored demo event may hold beyond its text version.

The text version prints only the first photo's caption and credit, names without
kinds or ids, and related titles without event ids (docs/text-format.md). With
``extras=True`` the generator adds these back: every photo of the gallery with an
image path, the agency flag, the kind of each Geography tag, the id of each
"See also" event. They are derived from the plan alone, drawing no random
numbers, so a document with extras differs from its plain twin only in them.
"""

from __future__ import annotations

from dataclasses import replace

from pressroom.demo.plan import Plan
from pressroom.document import Document, Gallery, Photo, PlaceKind, PlaceTag, RelatedItem

#: The demo pictures shipped with the website's static files.
PHOTO_COUNT = 8
PHOTO_PATH = "/static/website/demo/photo{number}.svg"
_CAPTIONS = {"en": "During the event", "ru": "Во время мероприятия"}


def photo_url(event_id: int, position: int) -> str:
    return PHOTO_PATH.format(number=1 + (event_id * 7 + position) % PHOTO_COUNT)


def _gallery(gallery: Gallery, plan: Plan, language: str) -> Gallery:
    first = gallery.photos[0]
    photos = [replace(first, image_url=photo_url(plan.event_id, 0), agency=plan.agency_photo)]
    for position in range(1, gallery.size):
        caption = f"{_CAPTIONS[language]} ({position + 1})"
        url = photo_url(plan.event_id, position)
        photos.append(Photo(caption, first.credit, url, agency=plan.agency_photo))
    return Gallery(size=gallery.size, photos=tuple(photos))


def _geography(tags: tuple[PlaceTag, ...], plan: Plan) -> tuple[PlaceTag, ...]:
    kinds: list[PlaceKind] = []
    if plan.country is not None:
        kinds.append("country")
    if plan.region is not None:
        kinds.append("region")
    return tuple(replace(tag, place_kind=kind) for tag, kind in zip(tags, kinds, strict=True))


def with_extras(doc: Document, plan: Plan, related: tuple[RelatedItem, ...]) -> Document:
    """``doc`` with the extras of ``plan``; ``related`` are its See also items with ids."""
    gallery = doc.gallery
    return replace(
        doc,
        gallery=_gallery(gallery, plan, doc.language) if gallery is not None else None,
        geography=_geography(doc.geography, plan),
        related=tuple(replace(block, items=related) for block in doc.related),
    )
