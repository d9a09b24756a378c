"""A generated, clearly fictional archive of events, for demos, tests and benchmarks.

``generate_documents(n)`` streams ``n`` events of the invented country of Ruritania
(see docs/demo.md): deterministic for a seed, constant memory, fast enough to fill
a database with 100,000 events. Every document is one the text version carries
exactly.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterator

from pressroom.demo.english import english_document
from pressroom.demo.extras import with_extras
from pressroom.demo.plan import END_DATE, SPAN_DAYS, draw_plan
from pressroom.demo.russian import russian_document
from pressroom.document import Document, RelatedItem

__all__ = ["END_DATE", "SPAN_DAYS", "generate_documents"]

#: How many recent events "See also" links may point to (a bounded window: no
#: memory grows with the archive).
_RECENT = 50
#: Offsets that give the independent random streams of one seed.
_RUSSIAN_PICK_STREAM = 0x5255
_RUSSIAN_TEXT_STREAM = 0x5256


def _see_also(rng: random.Random, recent: deque[RelatedItem]) -> tuple[RelatedItem, ...]:
    if not recent or rng.random() >= 0.3:
        return ()
    count = min(len(recent), 1 + int(rng.random() * 3))
    picks = sorted({int(rng.random() * len(recent)) for _ in range(count)}, reverse=True)
    return tuple(recent[i] for i in picks)


def _without_ids(items: tuple[RelatedItem, ...]) -> tuple[RelatedItem, ...]:
    return tuple(RelatedItem(title=item.title, date=item.date) for item in items)


def generate_documents(
    n: int,
    seed: int = 0,
    *,
    start_id: int = 1,
    russian_share: float = 0.05,
    extras: bool = False,
) -> Iterator[Document]:
    """Yield ``n`` English events with ids ``start_id`` .. ``start_id + n - 1``.

    About ``russian_share`` of them are followed by their Russian version (same id).
    The English documents are the same whatever ``russian_share`` is: each language
    draws from its own random stream.

    Every document is one its text version carries exactly. ``extras=True`` adds
    what the text version cannot carry (see ``pressroom.demo.extras``): whole
    galleries with image paths and agency flags, place kinds, related event ids.
    """
    if n < 0:
        raise ValueError(f"n: expected a count of 0 or more, got {n}")
    if not 0.0 <= russian_share <= 1.0:
        raise ValueError(f"russian_share: expected a share from 0 to 1, got {russian_share}")
    rng = random.Random(seed)
    pick_russian = random.Random(seed * 0x10000 + _RUSSIAN_PICK_STREAM)
    rng_ru = random.Random(seed * 0x10000 + _RUSSIAN_TEXT_STREAM)
    recent: deque[RelatedItem] = deque(maxlen=_RECENT)
    recent_ru: deque[RelatedItem] = deque(maxlen=_RECENT)
    for index in range(n):
        plan = draw_plan(rng, start_id + index, index, n)
        related = _see_also(rng, recent)
        doc = english_document(plan, rng, _without_ids(related))
        yield with_extras(doc, plan, related) if extras else doc
        recent.append(RelatedItem(title=doc.title, date=doc.date, event_id=doc.id))
        if russian_share and pick_russian.random() < russian_share:
            related = _see_also(rng_ru, recent_ru)
            doc_ru = russian_document(plan, rng_ru, _without_ids(related))
            yield with_extras(doc_ru, plan, related) if extras else doc_ru
            recent_ru.append(RelatedItem(title=doc_ru.title, date=doc_ru.date, event_id=doc_ru.id))
