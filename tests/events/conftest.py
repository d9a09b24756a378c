from __future__ import annotations

import datetime as dt

import pytest

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


@pytest.fixture
def document() -> Document:
    """A small event holding one of everything the store maps."""
    return Document(
        id=70001,
        title="Meeting with the Governor of the Northern Province",
        lead="The Governor reported on the harvest.",
        date=dt.date(2024, 3, 14),
        time=dt.time(12, 0),
        place="The Kremlin, Moscow",
        gallery=Gallery(size=3, photos=(Photo("At the meeting", "Press Service"),)),
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
        ),
        related=(Related("see_also", (RelatedItem("An earlier meeting", dt.date(2024, 1, 2)),)),),
        geography=(PlaceTag("Northern Province", place_kind="region"),),
        topics=(Tag("Agriculture"), Tag("Regions")),
        persons=(Tag("Lindqvist Anna"),),
        publication=Publication(
            sections=("News", "Transcripts"), date=dt.date(2024, 3, 14), time=dt.time(14, 45)
        ),
    )
