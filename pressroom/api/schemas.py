"""The API's response shapes: explicit, named, never "all model fields"."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

TIME = r"^\d\d:\d\d$"


class Schema(BaseModel):
    """Plain pydantic models: responses are built as dicts, so ninja's ORM getter is not needed
    (and costs a validator call per nested object)."""

    model_config = ConfigDict(populate_by_name=True)


class Page(Schema):
    """Common to every list: the cursor of the next page, null on the last one."""

    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page.")


# -- events ---------------------------------------------------------------------------


class EventSummary(Schema):
    id: int = Field(description="The public id, shared by the language versions.")
    language: Literal["en", "ru"]
    title: str
    lead: str
    date: dt.date | None
    time: str | None = Field(pattern=TIME, description="Moscow wall-clock HH:MM.")
    place: str
    sections: list[str]
    url: str = Field(description="The event page.")
    api_url: str
    changed_at: dt.datetime = Field(description="Last change visible to readers.")


class Tombstone(Schema):
    id: int
    language: Literal["en", "ru"]
    status: Literal["withdrawn", "deleted"]
    changed_at: dt.datetime


class EventPage(Page):
    items: list[EventSummary]


class ChangesPage(Page):
    """With ``changed_since``: changed events and tombstones, oldest change first."""

    items: list[EventSummary | Tombstone]


class Mention(Schema):
    name: str
    start: int
    end: int
    catalog_id: str


class ParagraphOut(Schema):
    text: str
    mentions: list[Mention]


class NarrativeOut(Schema):
    kind: Literal["narrative"]
    paragraph: ParagraphOut


class TurnOut(Schema):
    kind: Literal["turn"]
    sequence: int = Field(description="1 for the event's first turn, and so on.")
    label: str = Field(description="The speaker as printed.")
    layout: Literal["inline", "split", "own_line"]
    speaker: str | None = Field(description="The person's 'Surname Given' tag name.")
    person_id: int | None
    role: str
    paragraphs: list[ParagraphOut]
    url: str = Field(description="Permalink of the turn.")


class OmissionOut(Schema):
    kind: Literal["omission"]


class SeparatorOut(Schema):
    kind: Literal["separator"]


BlockOut = Annotated[
    NarrativeOut | TurnOut | OmissionOut | SeparatorOut, Field(discriminator="kind")
]


class PhotoOut(Schema):
    caption: str
    credit: str
    image_url: str
    thumbnail_url: str
    agency: bool
    source_id: str


class GalleryOut(Schema):
    size: int
    photos: list[PhotoOut]


class RelatedItemOut(Schema):
    title: str
    date: dt.date | None
    event_id: int | None
    url: str


class RelatedOut(Schema):
    kind: Literal["see_also", "additional"]
    items: list[RelatedItemOut]


class TagOut(Schema):
    id: int
    name: str
    catalog_id: str


class PlaceTagOut(TagOut):
    place_kind: Literal["country", "region", ""]


class PublicationOut(Schema):
    sections: list[str]
    date: dt.date | None
    time: str | None = Field(pattern=TIME)
    direct_link: str


class SourceOut(Schema):
    format: str
    url: str
    content_hash: str
    last_modified: str | None
    translation_url: str


class EventDetail(Schema):
    """The whole Document (schema pressroom.document/1) with the ids of its rows."""

    schema_: str = Field(alias="schema")
    id: int
    language: Literal["en", "ru"]
    section_word: str
    title: str
    lead: str
    date: dt.date | None
    time: str | None = Field(pattern=TIME)
    place: str
    gallery: GalleryOut | None
    body: list[BlockOut]
    related: list[RelatedOut]
    geography: list[PlaceTagOut]
    topics: list[TagOut]
    persons: list[TagOut]
    publication: PublicationOut
    source: SourceOut
    url: str
    text_url: str
    changed_at: dt.datetime


# -- turns ----------------------------------------------------------------------------


class TurnRow(Schema):
    event_id: int
    language: Literal["en", "ru"]
    date: dt.date | None
    sequence: int
    label: str
    person_id: int | None
    role: str
    text: str
    words: int
    url: str


class TurnPage(Page):
    items: list[TurnRow]


# -- catalogs -------------------------------------------------------------------------


class PersonSummary(Schema):
    id: int
    name: str
    tag_name: str
    catalog_id: str
    event_count: int = Field(description="Published events tagged with the person.")
    turn_count: int = Field(description="Speech turns in published events.")


class PersonName(Schema):
    name: str
    kind: Literal["tag", "full", "label", "other"]


class PersonPost(Schema):
    role: str
    first_seen: dt.date | None
    last_seen: dt.date | None


class PersonDetail(PersonSummary):
    biography: str
    word_count: int = Field(description="Words spoken in published events.")
    names: list[PersonName]
    posts: list[PersonPost]


class PersonPage(Page):
    items: list[PersonSummary]


class TopicOut(Schema):
    id: int
    language: Literal["en", "ru"]
    name: str
    catalog_id: str
    event_count: int
    turn_count: int


class TopicPage(Page):
    items: list[TopicOut]


class PlaceOut(TopicOut):
    kind: Literal["country", "region", ""]


class PlacePage(Page):
    items: list[PlaceOut]


class SectionOut(Schema):
    id: int
    language: Literal["en", "ru"]
    name: str
    slug: str
    event_count: int
    turn_count: int


class SectionPage(Page):
    items: list[SectionOut]
