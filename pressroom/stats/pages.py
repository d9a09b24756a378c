"""The charts each statistics page shows, with where their data can be downloaded."""

from __future__ import annotations

from dataclasses import dataclass

from pressroom.core.addresses import stats_url
from pressroom.stats.charts.bars import ranked_bars
from pressroom.stats.charts.columns import stacked_columns, time_columns
from pressroom.stats.charts.maps import choropleth
from pressroom.stats.charts.svg import Chart
from pressroom.stats.queries import archive, person, tags
from pressroom.stats.table import Table


def row_links(table: Table, kind: str) -> dict[int, str]:
    """Links for a table's rows from its ``id`` column, to each one's ``kind`` page."""
    ids = table.column("id")
    return {i: stats_url(kind, int(str(pk))) for i, pk in enumerate(ids) if pk is not None}


@dataclass(frozen=True)
class Panel:
    chart: Chart
    #: The figure's data, without the extension: ``<data>.json`` and ``<data>.csv``.
    data: str

    @property
    def headers(self) -> list[str]:
        return [c for c in self.chart.table.columns if c != "id"]

    @property
    def rows(self) -> list[list[tuple[object, str]]]:
        """Cells as (value, link); the first shown cell links to the row's own page."""
        shown = [i for i, c in enumerate(self.chart.table.columns) if c != "id"]
        return [
            [(row[i], self.chart.links.get(n, "") if k == 0 else "") for k, i in enumerate(shown)]
            for n, row in enumerate(self.chart.table.rows)
        ]


def _panel(chart: Chart, api: str, figure: str) -> Panel:
    return Panel(chart, f"{api}{figure}")


def _maps(places: Table, api: str, figure: str, prefix: str) -> list[Panel]:
    return [
        _panel(choropleth(f"{prefix}-world", "Countries", places, "country"), api, figure),
        _panel(choropleth(f"{prefix}-russia", "Regions of Russia", places, "region"), api, figure),
    ]


def overview_panels(language: str, api: str) -> list[Panel]:
    places = archive.places(language)
    topics = archive.top_topics(language)
    place_top = archive.top_places(language)
    persons = archive.top_persons(language)
    return [
        _panel(
            time_columns(
                "per-year", "Events per year", archive.events_per_year(language), "year", "events"
            ),
            api,
            "events-per-year",
        ),
        _panel(
            stacked_columns(
                "per-year-section",
                "Events per year by section",
                archive.events_per_year_by_section(language),
                "year",
                "section",
                "events",
            ),
            api,
            "events-per-year-by-section",
        ),
        _panel(
            ranked_bars(
                "busiest-days", "Busiest days", archive.busiest_days(language), "date", "events"
            ),
            api,
            "busiest-days",
        ),
        _panel(
            ranked_bars(
                "top-topics",
                "Most frequent topics",
                topics,
                "topic",
                "events",
                row_links(topics, "topic"),
            ),
            api,
            "top-topics",
        ),
        _panel(
            ranked_bars(
                "top-places",
                "Most frequent places",
                place_top,
                "place",
                "events",
                row_links(place_top, "place"),
            ),
            api,
            "top-places",
        ),
        _panel(
            ranked_bars(
                "top-persons",
                "Most frequent persons",
                persons,
                "person",
                "events",
                row_links(persons, "person"),
            ),
            api,
            "top-persons",
        ),
        *_maps(places, api, "places", "archive"),
    ]


def person_panels(pk: int, language: str, api: str) -> list[Panel]:
    met = person.people_met(pk, language)
    topics = person.topics(pk, language)
    places = person.places(pk, language)
    words = person.words_per_year(pk, language)
    return [
        _panel(
            time_columns(
                "per-month",
                "Events per month",
                person.events_per_month(pk, language),
                "month",
                "events",
            ),
            api,
            "events-per-month",
        ),
        _panel(
            time_columns("words", "Words spoken per year", words, "year", "words", unit="words"),
            api,
            "words-per-year",
        ),
        _panel(
            ranked_bars(
                "met",
                "People met most often",
                met,
                "person",
                "events",
                row_links(met, "person"),
            ),
            api,
            "met",
        ),
        _panel(
            ranked_bars(
                "topics",
                "Topics most associated",
                topics,
                "topic",
                "events",
                row_links(topics, "topic"),
            ),
            api,
            "topics",
        ),
        _panel(
            ranked_bars("places", "Places", places, "place", "events", row_links(places, "place")),
            api,
            "places",
        ),
        *_maps(places, api, "places", "person"),
    ]


def turn_tables(pk: int, language: str) -> list[Table]:
    return [person.longest_turns(pk, language), person.recent_turns(pk, language)]


def tag_panels(kind: str, pk: int, api: str) -> list[Panel]:
    persons = tags.persons(kind, pk)
    topics = tags.topics(kind, pk)
    places = tags.places(kind, pk)
    return [
        _panel(
            time_columns(
                "per-month", "Events per month", tags.events_per_month(kind, pk), "month", "events"
            ),
            api,
            "events-per-month",
        ),
        _panel(
            ranked_bars(
                "persons",
                "Persons most present",
                persons,
                "person",
                "events",
                row_links(persons, "person"),
            ),
            api,
            "persons",
        ),
        _panel(
            ranked_bars(
                "topics",
                "Topics filed alongside",
                topics,
                "topic",
                "events",
                row_links(topics, "topic"),
            ),
            api,
            "topics",
        ),
        *_maps(places, api, "places", kind),
    ]
