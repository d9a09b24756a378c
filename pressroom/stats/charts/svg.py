"""Small pieces of SVG: escaped text, a chart's frame with its title and description."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from html import escape

from django.utils.safestring import SafeString, mark_safe

from pressroom.stats.table import Table

#: Colour-blind-safe categorical palette (Okabe and Ito).
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000")
BAR = "#0072b2"
#: Longest label drawn in a chart; the table beside it has the full text.
LABEL_CHARS = 36


@dataclass(frozen=True)
class Chart:
    slug: str
    title: str
    description: str
    svg: SafeString
    table: Table
    #: Links for the table's rows, by row index (the person's, topic's... chart page).
    links: dict[int, str] = field(default_factory=dict)


def text(value: object) -> str:
    return escape(str(value), quote=True)


def short(label: object, limit: int = LABEL_CHARS) -> str:
    value = str(label) if label is not None else ""
    return value if len(value) <= limit else value[: limit - 1] + "…"


def frame(
    slug: str, title: str, description: str, width: int, height: int, body: str
) -> SafeString:
    """The <svg> element: a role, a title and a description that screen readers announce."""
    # Safe: the builders escape every value they put inside.
    return mark_safe(
        f'<svg class="stats-chart" id="chart-{text(slug)}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="chart-{text(slug)}-title chart-{text(slug)}-desc" '
        f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMidYMid meet">'
        f'<title id="chart-{text(slug)}-title">{text(title)}</title>'
        f'<desc id="chart-{text(slug)}-desc">{text(description)}</desc>{body}</svg>'
    )


def nice_ceiling(value: float) -> float:
    """The round number at or above ``value`` an axis ends at: 1, 2, 5 times a power of ten."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)


def number(value: float) -> str:
    return f"{value:,.0f}" if value >= 1 or value == 0 else f"{value:.2f}"
