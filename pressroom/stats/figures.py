"""Every figure the API serves, by subject and name: the registry the pages and docs follow."""

from __future__ import annotations

from collections.abc import Callable

from pressroom.stats.queries import archive, person, tags
from pressroom.stats.table import Table

ARCHIVE: dict[str, Callable[[str], Table]] = {
    "events-per-year": archive.events_per_year,
    "events-per-year-by-section": archive.events_per_year_by_section,
    "transcripts": archive.transcripts,
    "busiest-days": archive.busiest_days,
    "top-topics": archive.top_topics,
    "top-places": archive.top_places,
    "top-persons": archive.top_persons,
    "places": archive.places,
}

PERSON: dict[str, Callable[[int, str], Table]] = {
    "events-per-month": person.events_per_month,
    "events-per-year": person.events_per_year,
    "words-per-year": person.words_per_year,
    "met": person.people_met,
    "topics": person.topics,
    "places": person.places,
    "longest-turns": person.longest_turns,
    "recent-turns": person.recent_turns,
}

TAG: dict[str, Callable[[str, int], Table]] = {
    "events-per-month": tags.events_per_month,
    "persons": tags.persons,
    "topics": tags.topics,
    "places": tags.places,
}
