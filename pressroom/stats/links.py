"""URLs of the statistics pages, and of the site's own pages they link to."""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse

from pressroom.stats.table import Table
from pressroom.taxonomy.models import Place, Topic


def stats_person(pk: int) -> str:
    return reverse("stats-person", args=[pk])


def stats_topic(pk: int) -> str:
    return reverse("stats-topic", args=[pk])


def stats_place(pk: int) -> str:
    return reverse("stats-place", args=[pk])


def event_page(number: int, language: str = "en") -> str:
    """The event's public page (same URL grammar as the source site)."""
    prefix = "/ru" if language == "ru" else ""
    return f"{prefix}/events/president/news/{number}"


def catalog(kind: str, subject: object) -> str:
    """The site's catalog page for a person, topic or place, when the site has one."""
    from pressroom.website import paths

    try:
        if kind == "person":
            return paths.person_url(subject)  # type: ignore[arg-type]
        if kind == "topic" and isinstance(subject, Topic):
            return paths.topic_url(subject)
        if kind == "place" and isinstance(subject, Place):
            return paths.place_url(subject)
    except NoReverseMatch:
        return ""
    return ""


def row_links(table: Table, make: object) -> dict[int, str]:
    """Links for a table's rows from its ``id`` column."""
    ids = table.column("id")
    return {i: make(int(pk)) for i, pk in enumerate(ids) if pk is not None}  # type: ignore[operator]
