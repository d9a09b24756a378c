"""What happens at one invented event, independent of the language it is told in.

A ``Plan`` is drawn once per event; the English and the Russian renderers both tell
the same plan, so the two versions of an event share kind, people, place, gallery
size and the shape of the transcript.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from pressroom.demo.vocabulary import (
    COUNTRIES,
    HEAD_OF_STATE,
    HOST_OFFICIALS,
    PLACES,
    REGIONS,
    TOPICS,
    WORDS,
    Country,
    Official,
)

#: The archive ends on this day whatever the day it is generated.
END_DATE = dt.date(2025, 12, 31)
SPAN_DAYS = 20 * 365 + 5
#: Events fall between 08:00 and 22:00.
_DAY_START_MINUTES = 8 * 60
_DAY_MINUTES = 14 * 60

#: Event kinds and their weights, close to the mix of the real site.
KINDS: tuple[tuple[str, float], ...] = (
    ("meeting", 0.15),
    ("working_meeting", 0.15),
    ("council", 0.07),
    ("telephone", 0.19),
    ("speech", 0.07),
    ("trip", 0.10),
    ("greetings", 0.12),
    ("document", 0.09),
    ("conference", 0.06),
)
#: Share of each kind published with a verbatim transcript.
TRANSCRIPT_SHARE = {
    "meeting": 0.4,
    "working_meeting": 0.3,
    "council": 0.8,
    "speech": 1.0,
    "trip": 0.2,
    "conference": 1.0,
}
_KIND_NAMES = tuple(k for k, _ in KINDS)
_KIND_WEIGHTS = tuple(w for _, w in KINDS)
_KIND_CUMULATIVE = tuple(sum(_KIND_WEIGHTS[: i + 1]) for i in range(len(KINDS)))

_KINDS_WITH_PLACE = frozenset(
    ("meeting", "working_meeting", "council", "speech", "trip", "conference")
)

#: A transcript turn: who speaks (an official, or an anonymous ``Question`` /
#: ``Remark``) and how many paragraphs they say.
Speaker = Official | str


@dataclass(frozen=True)
class Plan:
    event_id: int
    kind: str
    date: dt.date
    time: dt.time
    published: dt.time
    word: str
    topics: tuple[int, ...]
    country: Country | None
    counterpart: Official | None
    region: int | None
    place: int | None
    has_lead: bool
    gallery_size: int
    agency_photo: bool
    photographer: int
    turns: tuple[tuple[Speaker, int], ...]
    layouts: tuple[int, ...]


def moment(index: int, count: int) -> tuple[dt.date, dt.time]:
    """Date and time of event ``index`` of ``count``: spread evenly, newest last."""
    offset = index * SPAN_DAYS * _DAY_MINUTES // max(count, 1)
    day, minute = divmod(offset, _DAY_MINUTES)
    minute = _DAY_START_MINUTES + minute - minute % 5
    date = END_DATE - dt.timedelta(days=SPAN_DAYS - 1 - day)
    return date, dt.time(minute // 60, minute % 60)


def _pick_kind(rng: random.Random) -> str:
    r = rng.random() * _KIND_CUMULATIVE[-1]
    for name, bound in zip(_KIND_NAMES, _KIND_CUMULATIVE, strict=True):
        if r < bound:
            return name
    return _KIND_NAMES[-1]


def _turns(
    rng: random.Random, kind: str, counterpart: Official | None
) -> list[tuple[Speaker, int]]:
    """The sequence of turns of a transcript, 5 to 60 paragraphs in all."""
    budget = 5 + int(rng.random() * rng.random() * 56)  # most transcripts are short
    if kind == "speech":
        return [(HEAD_OF_STATE, budget)]
    guests: list[Speaker] = [counterpart] if counterpart else []
    if kind in ("council", "conference") or not guests:
        guests.extend(rng.sample(HOST_OFFICIALS, 1 + int(rng.random() * 4)))
    turns: list[tuple[Speaker, int]] = []
    used = 0
    while used < budget:
        if not turns or turns[-1][0] is not HEAD_OF_STATE:
            speaker: Speaker = HEAD_OF_STATE
        elif kind == "conference" and rng.random() < 0.6:
            speaker = "Question"
        elif rng.random() < 0.08:
            speaker = "Remark"
        else:
            speaker = guests[int(rng.random() * len(guests))]
        size = 1 if isinstance(speaker, str) else min(budget - used, 1 + int(rng.random() * 4))
        turns.append((speaker, size))
        used += size
    return turns


def draw_plan(rng: random.Random, event_id: int, index: int, count: int) -> Plan:
    kind = _pick_kind(rng)
    date, time = moment(index, count)
    published_minutes = time.hour * 60 + time.minute
    if rng.random() < 0.4:
        published_minutes = min(23 * 60 + 55, published_minutes + 5 * int(rng.random() * 36))
    country = counterpart = None
    region = place = None
    if kind in ("meeting", "telephone", "conference") or (kind == "trip" and rng.random() < 0.4):
        country = COUNTRIES[int(rng.random() * len(COUNTRIES))]
        counterpart = country.leader
    elif kind in ("working_meeting", "council"):
        counterpart = HOST_OFFICIALS[int(rng.random() * len(HOST_OFFICIALS))]
    if (kind == "trip" and country is None) or rng.random() < 0.15:
        region = int(rng.random() * len(REGIONS))
    if kind in _KINDS_WITH_PLACE and rng.random() < 0.85:
        place = int(rng.random() * len(PLACES))
    with_gallery = kind not in ("telephone", "greetings", "document") and rng.random() < 0.9
    topic_count = 1 + int(rng.random() * 2.5)
    has_transcript = rng.random() < TRANSCRIPT_SHARE.get(kind, 0.0)
    turns = _turns(rng, kind, counterpart) if has_transcript else []
    return Plan(
        event_id=event_id,
        kind=kind,
        date=date,
        time=time,
        published=dt.time(published_minutes // 60, published_minutes % 60),
        word=WORDS[int(rng.random() * len(WORDS))],
        topics=tuple(sorted(rng.sample(range(len(TOPICS)), topic_count))),
        country=country,
        counterpart=counterpart,
        region=region,
        place=place,
        has_lead=rng.random() < 0.5,
        gallery_size=(1 + int(rng.random() * rng.random() * 30)) if with_gallery else 0,
        agency_photo=rng.random() < 0.2,
        photographer=int(rng.random() * 5),
        turns=tuple(turns),
        layouts=tuple(int(rng.random() * 10) for _ in turns),
    )
