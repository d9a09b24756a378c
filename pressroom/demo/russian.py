"""Tells a ``Plan`` as a Russian event page: same id, same people, Cyrillic text."""

from __future__ import annotations

import random

from pressroom.demo.english import DEMO_SOURCE, sections, transcript
from pressroom.demo.plan import Plan, Speaker
from pressroom.demo.sentences import RU_PARAGRAPHS, pick
from pressroom.demo.vocabulary import (
    AGENCIES_RU,
    HEAD_OF_STATE,
    PHOTOGRAPHERS,
    PLACES,
    REGIONS,
    TOPICS,
    Official,
    to_cyrillic,
)
from pressroom.document import (
    Block,
    Document,
    Gallery,
    Narrative,
    Paragraph,
    Photo,
    PlaceTag,
    Publication,
    Related,
    RelatedItem,
    Separator,
    Tag,
)

HOST_RU = " ".join(reversed(HEAD_OF_STATE.tag_ru.split(" ", 1)))
_ANONYMOUS_RU = {"Question": "Вопрос", "Remark": "Реплика"}
_ADDRESS_RU = Paragraph("Уважаемый господин Президент, уважаемые коллеги!")
_PRESS_SERVICE_RU = "Пресс-служба Президента Руритании"


def _accusative(name: str) -> str:
    if name.endswith("я"):
        return name[:-1] + "ю"
    if name.endswith("а"):
        return name[:-1] + "у"
    return name


def _title(plan: Plan, rng: random.Random) -> str:
    topic = TOPICS[plan.topics[0]][1]
    word = to_cyrillic(plan.word)
    country = plan.country
    pick = rng.random()
    kind = plan.kind
    if kind == "meeting" and country is not None:
        return f"Переговоры с Президентом {country.genitive_ru}"
    if kind == "working_meeting":
        return f"Рабочая встреча по теме «{topic}»"
    if kind == "council":
        return "Совещание с членами Правительства" if pick < 0.4 else f"Совещание по теме «{topic}»"
    if kind == "telephone" and country is not None:
        return f"Телефонный разговор с Президентом {country.genitive_ru}"
    if kind == "speech":
        return f"Выступление на открытии праздника «{word}»"
    if kind == "trip":
        if country is not None:
            return f"Визит в {_accusative(country.name_ru)}"
        return f"Рабочая поездка, {REGIONS[plan.region or 0][1]}"
    if kind == "greetings":
        return f"Приветствие участникам шахматной олимпиады «{word}»"
    if kind == "document":
        return f"Указ о заповеднике «{word}»" if pick < 0.5 else f"Закон о канале «{word}»"
    return "Ответы на вопросы журналистов"


def _lead(plan: Plan) -> str:
    if plan.kind == "telephone":
        return f"{HOST_RU} провёл телефонный разговор."
    if plan.kind == "greetings":
        return f"{HOST_RU} направил приветствие участникам и гостям олимпиады."
    if plan.kind == "document":
        return f"{HOST_RU} подписал документ."
    return f"{HOST_RU} провёл встречу, посвящённую теме «{TOPICS[plan.topics[0]][1]}»."


def _label(speaker: Speaker, seen: set[str]) -> tuple[str, str | None, str]:
    """Russian transcripts print the initial and surname: ``И.Марек``."""
    if isinstance(speaker, str):
        return _ANONYMOUS_RU[speaker], None, ""
    return speaker.initial_label_ru, speaker.tag_ru, ""


def _body(plan: Plan, rng: random.Random) -> tuple[Block, ...]:
    pool = RU_PARAGRAPHS
    blocks: list[Block] = []
    if plan.turns:
        if plan.kind == "council":
            blocks.append(Narrative(Paragraph(_participants(plan))))
            blocks.append(Separator())
        elif rng.random() < 0.3:
            blocks.append(Narrative(pick(rng, pool)))
            blocks.append(Separator())
        blocks.extend(transcript(plan, rng, pool, _label, _ADDRESS_RU))
        return tuple(blocks)
    for _ in range(1 + int(rng.random() * 4)):
        blocks.append(Narrative(pick(rng, pool)))
    return tuple(blocks)


def _participants(plan: Plan) -> str:
    """``В совещании приняли участие министр рыболовства Олина Дравин, ….``"""
    people = {s for s, _ in plan.turns if isinstance(s, Official) and s is not HEAD_OF_STATE}
    names = sorted(
        f"{p.role_ru[0].lower()}{p.role_ru[1:]} {' '.join(reversed(p.tag_ru.split(' ', 1)))}"
        for p in people
    )
    return f"В совещании приняли участие {', '.join(names)}." if names else "Совещание."


def _gallery(plan: Plan) -> Gallery | None:
    if not plan.gallery_size:
        return None
    country = plan.country
    caption = f"С Президентом {country.genitive_ru}" if country else "Во время церемонии"
    if plan.agency_photo:
        credit = AGENCIES_RU[plan.photographer % 2]
    elif plan.photographer < 3:
        credit = to_cyrillic(PHOTOGRAPHERS[plan.photographer])
    else:
        credit = _PRESS_SERVICE_RU
    photo = Photo(caption=caption, credit=credit)
    return Gallery(size=plan.gallery_size, photos=(photo,))


def _tags(plan: Plan) -> tuple[tuple[PlaceTag, ...], tuple[Tag, ...], tuple[Tag, ...]]:
    geography: list[PlaceTag] = []
    if plan.country is not None:
        geography.append(PlaceTag(plan.country.name_ru))
    if plan.region is not None:
        geography.append(PlaceTag(REGIONS[plan.region][1]))
    topics = tuple(Tag(TOPICS[i][1]) for i in plan.topics)
    people = {s.tag_ru for s, _ in plan.turns if isinstance(s, Official)}
    if plan.counterpart is not None:
        people.add(plan.counterpart.tag_ru)
    return tuple(geography), topics, tuple(Tag(t) for t in sorted(people))


def russian_document(plan: Plan, rng: random.Random, related: tuple[RelatedItem, ...]) -> Document:
    geography, topics, persons = _tags(plan)
    return Document(
        title=_title(plan, rng),
        language="ru",
        id=plan.event_id,
        section_word="События",
        lead=_lead(plan) if plan.has_lead else "",
        date=plan.date,
        time=plan.time,
        place=PLACES[plan.place][1] if plan.place is not None else "",
        gallery=_gallery(plan),
        body=_body(plan, rng),
        related=(Related("see_also", related),) if related else (),
        geography=geography,
        topics=topics,
        persons=persons,
        publication=Publication(
            sections=sections(plan, ("Новости", "Выступления и стенограммы", "Документы")),
            date=plan.date,
            time=plan.published,
            direct_link=f"kremlin.ru/d/{plan.event_id}",
        ),
        source=DEMO_SOURCE,
    )
