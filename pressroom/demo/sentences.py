"""Pools of invented paragraphs, filled once at import and shared by every event.

Paragraphs are drawn from these pools instead of being composed per event: that
keeps generation fast (next to nothing is allocated per paragraph) and its memory
flat. Every sentence ends with a full stop,
an exclamation or a question mark and holds no colon, so no paragraph can be
mistaken for a speaker label, an omission or a section keyword.
"""

from __future__ import annotations

import random

from pressroom.demo.vocabulary import CAPITAL, COUNTRIES, REGIONS, TOPICS, WORDS, to_cyrillic
from pressroom.document import Paragraph

_EN_TEMPLATES = (
    "The new {word} bridge across the river in {region} will open to traffic next spring.",
    "Our {topic} specialists have prepared a plan for the coming season.",
    "We agreed to hold the {word} festival in {capital} every second year.",
    "The catch of silver {word} fish has grown for the third year in a row.",
    "Colleagues from {country} have offered to share their experience in {topic}.",
    "The old {word} lighthouse will be restored and opened to visitors.",
    "I would like to thank everyone who worked on the {word} canal project.",
    "Let us discuss the timetable of the {word} railway line once again.",
    "The orchards of {region} gave a record harvest of {word} apples this year.",
    "We need a clear schedule for every stage of the work, with names and dates.",
    "The weather service has warned of early frost in the northern valleys.",
    "Public libraries in {region} will stay open late on weekdays from now on.",
    "This is a good result, and it was achieved by people, not by circulars.",
    "The cartographers of {capital} have finished a new map of the {word} coast.",
    "We have invited young engineers from {country} to the {word} summer school.",
    "Please report on the state of the ferries before the winter season.",
    "The tides along the {word} shore were higher than forecast in March.",
    "Beekeepers in {region} ask for simpler rules on moving hives between valleys.",
    "I fully agree with what has been said.",
    "Let me give a few figures to show how the work is going.",
    "The {word} orchestra will tour the towns of {region} in the autumn.",
    "Every school in {region} now has a chess club, and the {word} cup is very popular.",
    "We will not postpone the repairs of the {word} embankment again.",
    "How soon can the new timetable be published?",
    "The first trains on the {word} line carried more passengers than expected!",
    "The delegations discussed cooperation in {topic} and the exchange of students.",
    "A joint commission on {topic} will meet in {capital} before the end of the year.",
)

_RU_TEMPLATES = (
    "Новый мост {word} в области {region} откроют весной.",
    "Наши специалисты подготовили план работ на новый сезон.",
    "Праздник {word} решено проводить в Стрелсау раз в два года.",
    "Улов серебристой рыбы {word} растёт третий год подряд.",
    "Коллеги из {country} готовы поделиться опытом.",
    "Старый маяк {word} отреставрируют и откроют для посетителей.",
    "Хочу поблагодарить всех, кто работал над каналом {word}.",
    "Давайте ещё раз обсудим расписание железной дороги {word}.",
    "Сады принесли рекордный урожай яблок сорта {word}.",
    "Нужен ясный график каждого этапа работ.",
    "Служба погоды предупредила о ранних заморозках в северных долинах.",
    "Библиотеки будут работать дольше по будним дням.",
    "Это хороший результат, и добились его люди.",
    "Картографы закончили новую карту побережья {word}.",
    "Прошу доложить о состоянии паромов перед зимним сезоном.",
    "Полностью согласен со сказанным.",
    "Приведу несколько цифр.",
    "Когда можно будет опубликовать новое расписание?",
    "Делегации обсудили сотрудничество и обмен студентами.",
)

_POOL_SIZE = 400


def _fill(
    templates: tuple[str, ...], words: list[str], regions: list[str], countries: list[str]
) -> tuple[str, ...]:
    rng = random.Random(20240601)  # fixed: the pools are part of the invented world
    topics = [t[0].lower() for t in TOPICS]
    pool = []
    for _ in range(_POOL_SIZE):
        template = rng.choice(templates)
        pool.append(
            template.format(
                word=rng.choice(words),
                region=rng.choice(regions),
                country=rng.choice(countries),
                topic=rng.choice(topics),
                capital=CAPITAL,
            )
        )
    return tuple(pool)


_PARAGRAPH_POOL_SIZE = 1500


def _paragraphs(sentences: tuple[str, ...]) -> tuple[Paragraph, ...]:
    """Paragraphs of one to four sentences, shared by every event (immutable)."""
    rng = random.Random(20240602)
    return tuple(
        Paragraph(" ".join(rng.choice(sentences) for _ in range(1 + int(rng.random() * 4))))
        for _ in range(_PARAGRAPH_POOL_SIZE)
    )


EN_PARAGRAPHS = _paragraphs(
    _fill(_EN_TEMPLATES, list(WORDS), [r[0] for r in REGIONS], [c.name for c in COUNTRIES])
)
RU_PARAGRAPHS = _paragraphs(
    _fill(
        _RU_TEMPLATES,
        [to_cyrillic(w) for w in WORDS],
        [r[1].split(" ", 1)[1] for r in REGIONS],
        [c.genitive_ru for c in COUNTRIES],
    )
)


def pick(rng: random.Random, pool: tuple[Paragraph, ...]) -> Paragraph:
    return pool[int(rng.random() * len(pool))]
