"""Documents the website tests save: one event with one of everything, and plain ones."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from pressroom.document import (
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


def sample_document(number: int = 70001, **changes: Any) -> Document:
    """An event with one of everything the page prints."""
    doc = Document(
        id=number,
        title="Meeting with the Governor of the Northern Province",
        lead="The Governor reported on the harvest.",
        date=dt.date(2024, 3, 14),
        time=dt.time(12, 0),
        place="The Kremlin, Moscow",
        gallery=Gallery(
            size=3,
            photos=(
                Photo("At the meeting", "Press Service"),
                Photo("Handshake", "Press Service"),
                Photo("The Governor", "News Agency", agency=True),
            ),
        ),
        body=(
            Narrative(Paragraph("Taking part were the Governor and the Minister.")),
            Separator(),
            Turn(
                label="Governor of the Northern Province Anna Lindqvist",
                paragraphs=(Paragraph("Good afternoon."), Paragraph("The harvest was good.")),
                speaker="Lindqvist Anna",
                role="Governor of the Northern Province",
            ),
            Turn(label="Question", paragraphs=(Paragraph("And the roads?"),), layout="split"),
            Omission(),
            Turn(
                label="Anna Lindqvist",
                paragraphs=(Paragraph("The roads are next."),),
                speaker="Lindqvist Anna",
            ),
        ),
        related=(Related("see_also", (RelatedItem("An earlier meeting", dt.date(2024, 1, 2)),)),),
        geography=(PlaceTag("Northern Province", catalog_id="NOR", place_kind="region"),),
        topics=(Tag("Agriculture", catalog_id="82"), Tag("Regions")),
        persons=(Tag("Lindqvist Anna", catalog_id="4321"),),
        publication=Publication(
            sections=("News", "Transcripts"),
            date=dt.date(2024, 3, 14),
            time=dt.time(14, 45),
            direct_link=f"en.kremlin.ru/d/{number}",
        ),
    )
    return replace(doc, **changes)


def simple_document(number: int, day: dt.date, **changes: Any) -> Document:
    doc = Document(
        id=number,
        title=f"Event number {number}",
        lead=f"Lead of event {number}.",
        date=day,
        time=dt.time(10, 0),
        body=(Narrative(Paragraph(f"Text of event {number}.")),),
        topics=(Tag("Agriculture", catalog_id="82"),),
        persons=(Tag("Lindqvist Anna", catalog_id="4321"),),
        publication=Publication(sections=("News",), date=day, time=dt.time(10, 0)),
    )
    return replace(doc, **changes)
