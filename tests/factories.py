"""The events the tests save, built in one place.

``sample_document`` is the meeting with the Governor: one event with one of everything
the store maps and the site prints. ``event`` is a plain event from a few facts, for
the small fixed archives (search, statistics); ``simple_document`` is such an event
with a line of text, for lists. ``turn`` is one speaker's words.
Tests that need less or other parts pass them as changes, by field name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from pressroom.document import (
    Block,
    Document,
    Gallery,
    Narrative,
    Omission,
    Paragraph,
    Photo,
    PlaceTag,
    Publication,
    Related,
    RelatedItem,
    Separator,
    Tag,
    Turn,
)

LINDQVIST = "Lindqvist Anna"
DAY = dt.date(2024, 3, 14)

PHOTOS = (
    Photo("At the meeting", "Press Service"),
    Photo("Handshake", "Press Service"),
    Photo("The Governor", "News Agency", agency=True),
)
NARRATIVE = Narrative(Paragraph("Taking part were the Governor and the Minister."))
GOVERNOR = Turn(
    label="Governor of the Northern Province Anna Lindqvist",
    paragraphs=(Paragraph("Good afternoon."), Paragraph("The harvest was good.")),
    speaker=LINDQVIST,
    role="Governor of the Northern Province",
)
QUESTION = Turn(label="Question", paragraphs=(Paragraph("And the roads?"),), layout="split")
ANSWER = Turn(
    label="Anna Lindqvist", paragraphs=(Paragraph("The roads are next."),), speaker=LINDQVIST
)
#: The meeting's body: narrative, separator, the Governor, a question, an omission, an answer.
BODY: tuple[Block, ...] = (NARRATIVE, Separator(), GOVERNOR, QUESTION, Omission(), ANSWER)
RELATED = (Related("see_also", (RelatedItem("An earlier meeting", dt.date(2024, 1, 2)),)),)
NORTHERN_PROVINCE = PlaceTag("Northern Province", catalog_id="NOR", place_kind="region")


def sample_document(number: int = 70001, day: dt.date = DAY, **changes: Any) -> Document:
    """The meeting with the Governor on ``day``, published the same day."""
    doc = Document(
        id=number,
        title="Meeting with the Governor of the Northern Province",
        lead="The Governor reported on the harvest.",
        date=day,
        time=dt.time(12, 0),
        place="The Kremlin, Moscow",
        gallery=Gallery(size=3, photos=PHOTOS),
        body=BODY,
        related=RELATED,
        geography=(NORTHERN_PROVINCE,),
        topics=(Tag("Agriculture", catalog_id="82"), Tag("Regions")),
        persons=(Tag(LINDQVIST, catalog_id="4321"),),
        publication=Publication(
            sections=("News", "Transcripts"),
            date=day,
            time=dt.time(14, 45),
            direct_link=f"en.kremlin.ru/d/{number}",
        ),
    )
    return dataclasses.replace(doc, **changes)


def turn(speaker: str | None, label: str, *texts: str) -> Turn:
    return Turn(label=label, paragraphs=tuple(Paragraph(t) for t in texts), speaker=speaker)


def tags(*names: str | Tag) -> tuple[Tag, ...]:
    return tuple(name if isinstance(name, Tag) else Tag(name) for name in names)


def event(
    number: int,
    day: dt.date,
    *,
    title: str = "",
    lead: str = "",
    time: dt.time = dt.time(12, 0),
    published: dt.time | None = None,
    body: tuple[Block, ...] = (),
    topics: tuple[str | Tag, ...] = (),
    places: tuple[PlaceTag, ...] = (),
    persons: tuple[str | Tag, ...] = (),
    sections: tuple[str, ...] = ("News",),
    language: str = "en",
) -> Document:
    """A plain event on ``day`` at ``time``, published that day at ``published``
    (``time`` when not given); titled "Event <number>" unless ``title`` is given."""
    return Document(
        id=number,
        title=title or f"Event {number}",
        language=language,  # type: ignore[arg-type]
        lead=lead,
        date=day,
        time=time,
        body=body,
        topics=tags(*topics),
        geography=places,
        persons=tags(*persons),
        publication=Publication(sections=sections, date=day, time=published or time),
    )


def simple_document(number: int, day: dt.date, **changes: Any) -> Document:
    """A short news item with a line of text, tagged Agriculture and the Governor."""
    doc = event(
        number,
        day,
        title=f"Event number {number}",
        lead=f"Lead of event {number}.",
        time=dt.time(10, 0),
        body=(Narrative(Paragraph(f"Text of event {number}.")),),
        topics=(Tag("Agriculture", catalog_id="82"),),
        persons=(Tag(LINDQVIST, catalog_id="4321"),),
    )
    return dataclasses.replace(doc, **changes)
