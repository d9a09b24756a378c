"""One transcript: each speaker's share of the words and turns."""

from __future__ import annotations

from pressroom.events.models import Block, Event
from pressroom.people.models import Person
from pressroom.stats.cache import cached_figure
from pressroom.stats.queries.scope import BLOCKS, Sql, fetch, unindexed
from pressroom.stats.table import Table

PERSONS = Person._meta.db_table


@cached_figure("transcript.speaking_share")
def speaking_share(event_pk: int) -> Table:
    """Words and turns per speaker: a resolved person, else the label as printed.

    The caller decides the event may be shown; only published events reach the pages.
    """
    # The kind is tested unindexed on SQLite: the event's own blocks are few, every turn
    # of the archive (the kind's index) is many.
    rows: list[tuple[int | None, str, int, int]] = []
    for person, name, label, words, turns in fetch(
        Sql(
            f"SELECT b.person_id, p.name, CASE WHEN b.person_id IS NULL THEN b.label END, "
            f"SUM(b.word_count), COUNT(*) FROM {BLOCKS} b LEFT JOIN {PERSONS} p "
            f"ON p.id = b.person_id WHERE b.event_id = %s AND {unindexed()}b.kind = %s "
            "GROUP BY 1, 2, 3",
            (event_pk, Block.Kind.TURN),
        )
    ):
        speaker = name if person is not None else label
        rows.append((person, str(speaker or ""), int(words or 0), int(turns)))
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
