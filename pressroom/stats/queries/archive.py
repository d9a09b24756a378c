"""The archive as a whole: events per year and section, transcripts, busiest days, tags."""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import Count

from pressroom.events.models import Block
from pressroom.people.models import Person
from pressroom.stats.cache import cached_figure
from pressroom.stats.models import SectionYear, TranscriptTotal
from pressroom.stats.queries.base import TOP, bounded, published
from pressroom.stats.queries.names import person_names
from pressroom.stats.queries.periods import YearOf
from pressroom.stats.queries.scope import (
    BLOCKS,
    EVENTS,
    TAGGED,
    Sql,
    fetch,
    forced_join,
    over,
    over_visible,
    sqlite,
    visible_where,
)
from pressroom.stats.queries.tagtables import TABLES, place_table, topic_table
from pressroom.stats.table import Table
from pressroom.taxonomy.models import Section

SECTION_YEARS = SectionYear._meta.db_table
TRANSCRIPTS = TranscriptTotal._meta.db_table


@cached_figure("archive.events_per_year")
def events_per_year(language: str = "en") -> Table:
    rows = (
        published(language)
        .exclude(date=None)
        .annotate(year=YearOf("date"))
        .values("year")
        .annotate(events=Count("pk"))
        .order_by("year")
        .values_list("year", "events")
    )
    return Table("Events per year", ("year", "events"), tuple(rows))


def _per_year_and_section(events: Sql | None) -> Sql:
    # Each event's sections are kept with the event's year (``models.SectionYear``).
    source, params = over(events, SECTION_YEARS)
    return Sql(
        f"SELECT t.year, t.section_id, COUNT(*) FROM {source} "
        "WHERE t.year IS NOT NULL GROUP BY 1, 2",
        params,
    )


@cached_figure("archive.events_per_year_by_section")
def events_per_year_by_section(language: str = "en") -> Table:
    counts = over_visible(language, _per_year_and_section)
    names = dict(Section.objects.filter(pk__in={s for _, s, _ in counts}).values_list("pk", "name"))
    rows = sorted((int(y), names[s], int(n)) for y, s, n in counts)
    return Table("Events per year by section", ("year", "section", "events"), tuple(rows))


def _turn_totals(events: Sql | None) -> Sql:
    """``(0, words, turns, transcripts)`` over the events of ``events`` (or all): each
    event's turns are kept summed (``models.TranscriptTotal``), a row per transcript."""
    source, params = over(events, TRANSCRIPTS)
    return Sql(f"SELECT 0, SUM(t.words), SUM(t.turns), COUNT(*) FROM {source}", params)


def _speakers(language: str) -> int:
    """Persons with at least one turn in a visible event: each stops at its first."""
    where = visible_where(language)
    ((count,),) = fetch(
        Sql(
            f"SELECT COUNT(*) FROM {Person._meta.db_table} p WHERE EXISTS ("
            f"SELECT 1 FROM {BLOCKS} b {forced_join()} {EVENTS} ON {EVENTS}.id = b.event_id "
            f"WHERE b.kind = %s AND b.person_id = p.id AND {where.text})",
            (Block.Kind.TURN, *where.params),
        )
    )
    return int(count)


@cached_figure("archive.transcripts")
def transcripts(language: str = "en") -> Table:
    """Totals over every speech turn: words, turns, transcripts, identified speakers."""
    found = {key: rest for key, *rest in over_visible(language, _turn_totals)}
    words, turns, counted = found.get(0, (0, 0, 0))
    rows = (
        ("words", int(words or 0)),
        ("turns", int(turns or 0)),
        ("transcripts", int(counted or 0)),
        ("speakers", _speakers(language)),
    )
    return Table("Transcripts", ("measure", "value"), rows)


@cached_figure("archive.busiest_days")
def busiest_days(language: str = "en", limit: int = 10) -> Table:
    # Grouped by the day's text on SQLite: grouping by the bare column would have it walk
    # the events' reading-order index, which lacks the status, row by row.
    where = visible_where(language)
    day = f"substr({EVENTS}.date, 1, 10)" if sqlite() else f"{EVENTS}.date"
    rows = fetch(
        Sql(
            f"SELECT {day}, COUNT(*) FROM {EVENTS} WHERE {where.text} "
            f"AND {EVENTS}.date IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 DESC LIMIT %s",
            (*where.params, bounded(limit)),
        )
    )
    return Table("Busiest days", ("date", "events"), tuple((str(d), int(n)) for d, n in rows))


def _per_tag(table: str, column: str) -> Callable[[Sql | None], Sql]:
    def grouped(events: Sql | None) -> Sql:
        source, params = over(events, table)
        return Sql(
            f"SELECT t.{column}, COUNT(DISTINCT t.event_id) FROM {source} GROUP BY 1", params
        )

    return grouped


def _tag_counts(language: str, kind: str) -> list[tuple[int, int]]:
    rows = over_visible(language, _per_tag(*TABLES[kind]))
    return [(int(tag), int(n)) for tag, n in rows]


@cached_figure("archive.top_topics")
def top_topics(language: str = "en", limit: int = TOP) -> Table:
    return topic_table("Most frequent topics", _tag_counts(language, "topic"), bounded(limit))


@cached_figure("archive.top_places")
def top_places(language: str = "en", limit: int = TOP) -> Table:
    counts = _tag_counts(language, "place")
    return place_table("Most frequent places", counts, bounded(limit), for_map=False)


@cached_figure("archive.top_persons")
def top_persons(language: str = "en", limit: int = TOP) -> Table:
    counts = [(int(p), int(n)) for p, n in over_visible(language, _per_tag(TAGGED, "person_id"))]
    names = person_names(p for p, _ in counts)
    ranked = sorted(counts, key=lambda row: (-row[1], names.get(row[0], "")))[: bounded(limit)]
    rows = tuple((p, names.get(p, ""), n) for p, n in ranked)
    return Table("Most frequent persons (tags)", ("id", "person", "events"), rows)


@cached_figure("archive.places")
def places(language: str = "en") -> Table:
    """Every place events are filed under, with its kind and code, for the map."""
    return place_table("Places", _tag_counts(language, "place"), None)
