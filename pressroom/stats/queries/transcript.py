"""One transcript: each speaker's share of the words and turns."""

from __future__ import annotations

from django.db.models import Count, Sum

from pressroom.events.models import Block, Event
from pressroom.stats.cache import cached_figure
from pressroom.stats.table import Table


@cached_figure("transcript.speaking_share")
def speaking_share(event_pk: int) -> Table:
    """Words and turns per speaker: a resolved person, else the label as printed.

    The caller decides the event may be shown; only published events reach the pages.
    """
    turns = Block.objects.filter(event_id=event_pk, kind=Block.Kind.TURN)
    resolved = (
        turns.exclude(person=None)
        .values("person", "person__name")
        .annotate(words=Sum("word_count"), turns=Count("pk"))
        .values_list("person", "person__name", "words", "turns")
    )
    unresolved = (
        turns.filter(person=None)
        .values("label")
        .annotate(words=Sum("word_count"), turns=Count("pk"))
        .values_list("label", "words", "turns")
    )
    rows: list[tuple[int | None, str, int, int]] = [
        (p, name, int(w or 0), t) for p, name, w, t in resolved
    ]
    rows += [(None, label, int(w or 0), t) for label, w, t in unresolved]
    rows.sort(key=lambda row: (-row[2], -row[3], str(row[1])))
    total = sum(row[2] for row in rows) or 1
    return Table(
        "Speaking share",
        ("id", "speaker", "words", "turns", "share"),
        tuple((p, name, w, t, round(w / total, 4)) for p, name, w, t in rows),
    )


def speaking_share_for(event: Event) -> Table | None:
    """The share table of a published event, or None for anything a reader may not see."""
    if not event.is_public:
        return None
    return speaking_share(event.pk)
