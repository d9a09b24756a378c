"""The SVG builders: scale, element counts, accessibility, maps."""

from __future__ import annotations

import pytest

from pressroom.stats.charts.bars import ranked_bars
from pressroom.stats.charts.columns import stacked_columns, time_columns
from pressroom.stats.charts.maps import choropleth, drawable_codes, shapes
from pressroom.stats.charts.share import share_bar
from pressroom.stats.charts.svg import nice_ceiling
from pressroom.stats.table import Table


@pytest.mark.parametrize(
    ("value", "ceiling"), [(0, 1), (1, 1), (3, 5), (7, 10), (12, 20), (450, 500)]
)
def test_axes_end_at_round_numbers(value: float, ceiling: float) -> None:
    assert nice_ceiling(value) == ceiling


def test_time_columns_draw_a_bar_per_non_empty_period() -> None:
    table = Table("t", ("month", "events"), (("2020-01", 3), ("2020-02", 0), ("2020-03", 1)))
    chart = time_columns("x", "Events per month", table, "month", "events")
    assert chart.svg.count('class="bar"') == 2
    assert 'role="img"' in chart.svg and "<desc" in chart.svg
    assert "from 2020-01 to 2020-03" in chart.description


def test_stacked_columns_split_by_category() -> None:
    table = Table(
        "t",
        ("year", "section", "events"),
        ((2019, "News", 2), (2019, "Transcripts", 1), (2020, "News", 4)),
    )
    chart = stacked_columns("s", "By section", table, "year", "section", "events")
    assert chart.svg.count('class="bar"') == 3
    assert chart.svg.count('class="legend-item"') == 2


def test_ranked_bars_link_labels_and_escape_them() -> None:
    table = Table("t", ("id", "person", "events"), ((1, "<b>A</b>", 3), (2, "B", 1)))
    chart = ranked_bars("r", "People", table, "person", "events", {0: "/stats/persons/1"})
    assert chart.svg.count('class="bar"') == 2
    assert '<a href="/stats/persons/1">' in chart.svg
    assert "<b>" not in chart.svg and "&lt;b&gt;" in chart.svg


def test_maps_ship_countries_and_russian_regions() -> None:
    assert {"RU", "KZ", "CN", "DE", "US", "FR"} <= drawable_codes("country")
    assert {"MOW", "SPE", "KDA", "TA", "PRI", "CR", "SEV"} <= drawable_codes("region")
    assert all(s["d"].startswith("M") for s in shapes("region")["shapes"])


def test_choropleth_shades_matching_codes_only() -> None:
    places = Table(
        "p",
        ("id", "place", "kind", "code", "events"),
        (
            (1, "China", "country", "CN", 9),
            (2, "Moscow", "region", "MOW", 2),
            (3, "Nowhere", "country", "", 1),
        ),
    )
    world = choropleth("w", "Countries", places, "country")
    assert world.svg.count("has-data") == 1
    assert len(world.table.rows) == 2  # the table still lists the place without a code
    assert choropleth("r", "Regions", places, "region").svg.count("has-data") == 1


def test_share_bar_segments() -> None:
    table = Table(
        "s",
        ("id", "speaker", "words", "turns", "share"),
        ((1, "A", 30, 2, 0.75), (None, "Q", 10, 1, 0.25)),
    )
    chart = share_bar("share", table)
    assert chart.svg.count('class="bar"') == 2
    assert "A 75%" in chart.description
