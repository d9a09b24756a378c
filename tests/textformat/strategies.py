"""Hypothesis strategies: Documents whose whole content the text version carries.

"Can carry" (docs/text-format.md, "What cannot round-trip"):

* every text is one line with no control characters; the title is not blank;
* a lead or a place only with a date or a time; a place that reads like one;
* a gallery with no photo or one photo (caption and credit, nothing else), and a
  caption and credit that do not contain the credit joiner (``. Photo: ``);
* narrative paragraphs never directly after a turn (they would continue it);
  paragraphs that are not labels, omissions, separators or tail headings;
* speaker labels that pass the label rules, with ``speaker``/``role`` as the
  document's own evidence resolves them;
* related items with a date, no event id or url; tags with names only;
* an id only together with a direct link ``.../d/<id>``; a publication time only
  with a publication date; ``source`` is ``Source(format="text")``.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from pressroom.document import (
    LANGUAGES,
    Block,
    Document,
    Gallery,
    Language,
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
    TextLayout,
    Turn,
)
from pressroom.textformat.keywords import BY_LANGUAGE
from pressroom.textformat.speakers import resolve_speakers

GIVEN = ["Vladimir", "Kassym-Jomart", "Alexander", "Viktoria", "Xi", "Emomali", "Ольга", "Максим"]
SURNAMES = [
    "Putin",
    "Tokayev",
    "Kurenkov",
    "Abramchenko",
    "Jinping",
    "Rahmon",
    "Решетникова",
    "Орешкин",
]
ROLES = [
    "President of Kazakhstan",
    "Emergencies Minister",
    "Governor of Tula Region",
    "Head of the Republic of Tatarstan",
    "Olympic ice hockey champion",
    "Министр экономического развития",
]
ANONYMOUS = ["Question", "Remark", "Вопрос", "Реплика"]
LOWER_WORDS = [
    "the", "meeting", "cooperation", "of", "and", "energy", "region", "сотрудничество",
    "в", "области", "naïve", "ten", "percent", "in\u00a0the", "–", "“quoted”", "«цитата»",
    "2024", "spring", "flood",
]  # fmt: skip
FIRST_WORDS = ["Good", "We", "Today", "Сегодня", "It", "As", "Colleagues"]
ENDINGS = [".", "!", "?", "…", ".”"]
PLACES = ["The Kremlin, Moscow", "Novo-Ogaryovo, Moscow Region", "Sochi", "Москва, Кремль"]
TAG_NAMES = ["Kazakhstan", "Orenburg Region", "Foreign policy", "Culture", "Экономика и финансы"]
SECTIONS = ["News", "Transcripts", "Speeches", "Новости", "Выступления и стенограммы"]

dates = st.dates(min_value=dt.date(1991, 1, 1), max_value=dt.date(2040, 12, 31))
times = st.times().map(lambda t: dt.time(t.hour, t.minute))


def _sentence(first: str, words: list[str], colon_at: int, ending: str) -> str:
    if colon_at < len(words):
        # A colon after a lowercase word: a colon alone makes no label.
        words = [*words[:colon_at], words[colon_at] + ":", *words[colon_at + 1 :]]
    return " ".join([first, *words]) + ending


#: A paragraph no rule reads as a label: capitals only on the first word.
SENTENCES = st.builds(
    _sentence,
    st.sampled_from(FIRST_WORDS),
    st.lists(st.sampled_from(LOWER_WORDS), min_size=1, max_size=10),
    st.integers(0, 20),
    st.sampled_from(ENDINGS),
)


def sentences() -> st.SearchStrategy[str]:
    return SENTENCES


def _name(draw: st.DrawFn) -> tuple[str, str]:
    return draw(st.sampled_from(GIVEN)), draw(st.sampled_from(SURNAMES))


@st.composite
def labels(draw: st.DrawFn, people: list[tuple[str, str]]) -> str:
    given, surname = draw(st.sampled_from(people)) if people else _name(draw)
    kind = draw(st.sampled_from(["full", "role", "anonymous", "caps", "initials"]))
    if kind == "role":
        return f"{draw(st.sampled_from(ROLES))} {given} {surname}"
    if kind == "anonymous":
        return draw(st.sampled_from(ANONYMOUS))
    if kind == "caps":
        return f"{given} {surname}".upper()
    if kind == "initials":
        return f"{given[0]}.{surname}"
    return f"{given} {surname}"


@st.composite
def bodies(draw: st.DrawFn, people: list[tuple[str, str]]) -> tuple[Block, ...]:
    blocks: list[Block] = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["narrative", "turn", "turn", "omission", "separator"]))
        after_turn = bool(blocks) and isinstance(blocks[-1], Turn)
        if kind == "narrative" and not after_turn:
            blocks.append(Narrative(Paragraph(draw(sentences()))))
        elif kind in ("turn", "narrative"):
            paragraphs = draw(st.lists(sentences(), min_size=1, max_size=4))
            blocks.append(
                Turn(
                    label=draw(labels(people)),
                    paragraphs=tuple(Paragraph(p) for p in paragraphs),
                    layout=draw(st.sampled_from(["inline", "split", "own_line"])),
                )
            )
        elif kind == "omission":
            blocks.append(Omission())
        else:
            blocks.append(Separator())
    tags = [f"{surname} {given}" for given, surname in people]
    return resolve_speakers(blocks, tags)


@st.composite
def galleries(draw: st.DrawFn, joiner: str) -> Gallery:
    size = draw(st.integers(1, 60))
    if draw(st.booleans()):
        return Gallery(size=size)
    caption = draw(st.sampled_from(["", "At the meeting", "With President Tokayev.", "Москва"]))
    credit = draw(st.sampled_from(["", "TASS", "Pavel Bednyakov, RIA Novosti"]))
    if not caption and not credit:
        return Gallery(size=size)
    assert joiner not in caption + credit
    return Gallery(size=size, photos=(Photo(caption=caption, credit=credit),))


@st.composite
def tag_lists(draw: st.DrawFn) -> list[str]:
    return draw(st.lists(st.sampled_from(TAG_NAMES), max_size=3))


@st.composite
def documents(draw: st.DrawFn) -> Document:
    language: Language = draw(st.sampled_from(LANGUAGES))
    kw = BY_LANGUAGE[language]
    date = draw(st.none() | dates)
    time = draw(st.none() | times)
    dated = date is not None or time is not None
    lead = draw(sentences()) if dated and draw(st.booleans()) else ""
    place = draw(st.sampled_from(PLACES)) if dated and draw(st.booleans()) else ""
    people = draw(
        st.lists(st.tuples(st.sampled_from(GIVEN), st.sampled_from(SURNAMES)), max_size=3)
    )
    related = tuple(
        Related(
            kind=draw(st.sampled_from(["see_also", "additional"])),
            items=tuple(
                RelatedItem(title=draw(sentences()), date=draw(dates))
                for _ in range(draw(st.integers(1, 3)))
            ),
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    pub_date = draw(st.none() | dates)
    event_id = draw(st.none() | st.integers(1, 10**9))
    return Document(
        title=draw(sentences()),
        language=language,
        id=event_id,
        section_word=kw.section_word,
        lead=lead,
        date=date,
        time=time,
        place=place,
        gallery=draw(st.none() | galleries(kw.credit_joiner)),
        body=draw(bodies(people)),
        related=related,
        geography=tuple(PlaceTag(name=n) for n in draw(tag_lists())),
        topics=tuple(Tag(name=n) for n in draw(tag_lists())),
        persons=tuple(Tag(name=f"{surname} {given}") for given, surname in people),
        publication=Publication(
            sections=tuple(draw(st.lists(st.sampled_from(SECTIONS), max_size=3))),
            date=pub_date,
            time=draw(st.none() | times) if pub_date is not None else None,
            direct_link=f"{'en.' if language == 'en' else ''}kremlin.ru/d/{event_id}"
            if event_id is not None
            else "",
        ),
        source=Source(format="text"),
        text_layout=TextLayout(final_newline=draw(st.booleans())),
    )
