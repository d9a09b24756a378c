"""Tells a ``Plan`` as an English event page."""

from __future__ import annotations

import random
from collections.abc import Callable

from pressroom.demo.plan import Plan, Speaker
from pressroom.demo.sentences import EN_PARAGRAPHS, pick
from pressroom.demo.vocabulary import (
    AGENCIES,
    HEAD_OF_STATE,
    PHOTOGRAPHERS,
    PLACES,
    PRESS_SERVICE,
    REGIONS,
    TOPICS,
    Official,
)
from pressroom.document import (
    Block,
    Document,
    Gallery,
    LabelLayout,
    Narrative,
    Omission,
    Paragraph,
    Photo,
    PlaceTag,
    Publication,
    Related,
    RelatedItem,
    Separator,
    Source,
    Tag,
    Turn,
)

HOST = HEAD_OF_STATE.full
#: Provenance of every generated document.
DEMO_SOURCE = Source(format="demo")


def _title(plan: Plan, rng: random.Random) -> str:
    who = plan.counterpart.first_label if plan.counterpart else ""
    topic = TOPICS[plan.topics[0]][0].lower()
    word = plan.word
    kind = plan.kind
    pick = rng.random()
    if kind == "meeting":
        return f"Talks with {who}" if pick < 0.3 else f"Meeting with {who}"
    if kind == "working_meeting":
        return f"Working meeting with {who}" if pick < 0.5 else f"Meeting with {who}"
    if kind == "council":
        if pick < 0.4:
            return "Meeting with Government members"
        return f"Meeting on {topic}" if pick < 0.7 else f"Meeting of the Council for {topic}"
    if kind == "telephone":
        return f"Telephone conversation with {who}"
    if kind == "speech":
        if pick < 0.5:
            return f"Speech at the opening of the {word} Festival"
        return f"Address at the ceremony marking the {word} Lighthouse centenary"
    if kind == "trip":
        if plan.country is not None:
            return (
                f"Visit to {plan.country.name}"
                if pick < 0.6
                else f"State visit to {plan.country.name}"
            )
        region = REGIONS[plan.region or 0][0]
        return f"Working trip to {region}"
    if kind == "greetings":
        if pick < 0.5:
            return f"Greetings to participants of the {word} chess olympiad"
        return f"Greetings on the {word} Festival of {TOPICS[plan.topics[0]][0]}"
    if kind == "document":
        if pick < 0.4:
            return f"Executive order on the {word} canal"
        return f"Law on {topic}" if pick < 0.7 else f"Decree on the {word} nature reserve"
    if pick < 0.5 and plan.counterpart is not None:
        return f"News conference following talks with {who}"
    return "Answers to journalists’ questions"


def _lead(plan: Plan) -> str:
    who = plan.counterpart.first_label if plan.counterpart else ""
    kind = plan.kind
    if kind in ("meeting", "working_meeting") and who:
        return f"{HOST} had a meeting with {who}."
    if kind == "telephone":
        return f"{HOST} had a telephone conversation with {who}."
    if kind == "greetings":
        return f"{HOST} sent greetings to the participants, organisers and guests of the event."
    if kind == "document":
        return f"{HOST} signed the document after it was approved by the Assembly."
    if kind == "trip":
        return f"{HOST} visited towns and workshops during the trip."
    return f"{HOST} spoke about {TOPICS[plan.topics[0]][0].lower()} and the {plan.word} project."


def _label(speaker: Speaker, seen: set[str]) -> tuple[str, str | None, str]:
    """Label, speaker tag and role: the title on first mention, the short name after.

    The role stays the one printed first: within one event a person's role does not
    change (the text version reads it back that way).
    """
    if isinstance(speaker, str):
        return speaker, None, ""
    if speaker.tag in seen:
        return speaker.full, speaker.tag, speaker.role
    seen.add(speaker.tag)
    return speaker.first_label, speaker.tag, speaker.role


#: Mostly ``Label: text``; now and then a split label or a label on its own line.
_LAYOUTS: tuple[LabelLayout, ...] = ("split", "own_line", *(("inline",) * 8))

LabelMaker = Callable[[Speaker, set[str]], tuple[str, str | None, str]]


#: How officials other than the President often open their turn.
ADDRESS_EN = Paragraph("Mr President, colleagues,")


def transcript(
    plan: Plan,
    rng: random.Random,
    pool: tuple[Paragraph, ...],
    label: LabelMaker,
    address: Paragraph = ADDRESS_EN,
) -> list[Block]:
    """Turns of ``plan`` with labels made by ``label``; omissions now and then."""
    blocks: list[Block] = []
    seen: set[str] = set()
    for (speaker, size), layout_pick in zip(plan.turns, plan.layouts, strict=True):
        text, tag, role = label(speaker, seen)
        layout = _LAYOUTS[layout_pick]
        paragraphs = tuple([pool[int(rng.random() * len(pool))] for _ in range(size)])
        if size > 1 and speaker is not HEAD_OF_STATE and tag and rng.random() < 0.4:
            paragraphs = (address, *paragraphs[1:])
        blocks.append(Turn(text, paragraphs, layout, tag, role))
        if layout_pick == 9 and len(blocks) > 2:
            blocks.append(Omission())
    if rng.random() < 0.3 and not isinstance(blocks[-1], Omission):
        blocks.append(Omission())
    return blocks


def _body(plan: Plan, rng: random.Random) -> tuple[Block, ...]:
    pool = EN_PARAGRAPHS
    blocks: list[Block] = []
    if plan.kind == "greetings":
        blocks.append(Narrative(Paragraph("The message reads, in part:")))
        quoted = [pick(rng, pool).text for _ in range(1 + int(rng.random() * 3))]
        quoted[0] = "“" + quoted[0]
        quoted[-1] = quoted[-1] + "”"
        blocks.extend(Narrative(Paragraph(text)) for text in quoted)
        return tuple(blocks)
    if plan.turns:
        if plan.kind == "council" or rng.random() < 0.3:
            officials = sorted({s.full for s, _ in plan.turns if isinstance(s, Official)} - {HOST})
            if officials:
                names = ", ".join(officials)
                blocks.append(Narrative(Paragraph(f"Taking part in the meeting were {names}.")))
            else:
                blocks.append(Narrative(pick(rng, pool)))
            blocks.append(Separator())
        blocks.extend(transcript(plan, rng, pool, _label))
        return tuple(blocks)
    blocks.append(Narrative(Paragraph(_opening(plan))))
    for _ in range(int(rng.random() * 4)):
        blocks.append(Narrative(pick(rng, pool)))
    return tuple(blocks)


def _opening(plan: Plan) -> str:
    """The press service's first paragraph of an event told without a transcript."""
    topic = TOPICS[plan.topics[0]][0].lower()
    if plan.kind == "telephone":
        return f"The two leaders discussed cooperation in {topic} and the {plan.word} project."
    if plan.kind == "document":
        return f"The document sets new rules for {topic} and for the {plan.word} programme."
    if plan.kind == "trip":
        return f"{HOST} visited the {plan.word} workshops and talked to local residents."
    return f"The conversation focused on {topic} and on the {plan.word} festival next year."


def _gallery(plan: Plan) -> Gallery | None:
    if not plan.gallery_size:
        return None
    who = plan.counterpart.first_label if plan.counterpart else ""
    caption = f"With {who}" if who else f"At the {plan.word} ceremony"
    credit = AGENCIES[plan.photographer % 2] if plan.agency_photo else PRESS_SERVICE
    if not plan.agency_photo and plan.photographer < 3:
        credit = PHOTOGRAPHERS[plan.photographer]
    photo = Photo(caption=caption, credit=credit)
    return Gallery(size=plan.gallery_size, photos=(photo,))


def _tags(plan: Plan) -> tuple[tuple[PlaceTag, ...], tuple[Tag, ...], tuple[Tag, ...]]:
    geography: list[PlaceTag] = []
    if plan.country is not None:
        geography.append(PlaceTag(plan.country.name))
    if plan.region is not None:
        geography.append(PlaceTag(REGIONS[plan.region][0]))
    topics = tuple(Tag(TOPICS[i][0]) for i in plan.topics)
    people = {s.tag for s, _ in plan.turns if isinstance(s, Official)}
    if plan.counterpart is not None:
        people.add(plan.counterpart.tag)
    return tuple(geography), topics, tuple(Tag(t) for t in sorted(people))


def sections(plan: Plan, words: tuple[str, str, str]) -> tuple[str, ...]:
    news, transcripts, documents = words
    if plan.kind == "document":
        return (news, documents)
    return (news, transcripts) if plan.turns else (news,)


def english_document(plan: Plan, rng: random.Random, related: tuple[RelatedItem, ...]) -> Document:
    geography, topics, persons = _tags(plan)
    return Document(
        title=_title(plan, rng),
        language="en",
        id=plan.event_id,
        lead=_lead(plan) if plan.has_lead else "",
        date=plan.date,
        time=plan.time,
        place=PLACES[plan.place][0] if plan.place is not None else "",
        gallery=_gallery(plan),
        body=_body(plan, rng),
        related=(Related("see_also", related),) if related else (),
        geography=geography,
        topics=topics,
        persons=persons,
        publication=Publication(
            sections=sections(plan, ("News", "Transcripts", "Documents")),
            date=plan.date,
            time=plan.published,
            direct_link=f"en.kremlin.ru/d/{plan.event_id}",
        ),
        source=DEMO_SOURCE,
    )
