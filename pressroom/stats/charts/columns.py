"""Columns over time (events per month or year) and columns stacked by a category."""

from __future__ import annotations

from collections import defaultdict

from pressroom.stats.charts.svg import BAR, PALETTE, Chart, frame, nice_ceiling, number, text
from pressroom.stats.table import Table

WIDTH, HEIGHT = 960, 260
LEFT, RIGHT, TOP, BOTTOM = 56, 12, 12, 30


def _axis(peak: float) -> str:
    """Horizontal grid lines with their values at 0, half and the top."""
    plot = HEIGHT - TOP - BOTTOM
    parts = []
    for share in (0.0, 0.5, 1.0):
        y = TOP + plot * (1 - share)
        parts.append(
            f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
            f"{number(peak * share)}</text>"
        )
    return "".join(parts)


def _period_labels(periods: list[str], step: float) -> str:
    """Year labels under the columns: every January, or every year, thinned to fit."""
    years = [
        (i, p[:4]) for i, p in enumerate(periods) if len(p) == 4 or p.endswith("-01") or i == 0
    ]
    every = max(1, round(len(years) / 16))
    parts = []
    for n, (i, year) in enumerate(years):
        if n % every:
            continue
        x = LEFT + step * i
        parts.append(f'<text class="tick" x="{x:.1f}" y="{HEIGHT - 10}">{text(year)}</text>')
    return "".join(parts)


def time_columns(
    slug: str, title: str, table: Table, period: str, value: str, unit: str = "events"
) -> Chart:
    """One column per period (``'YYYY-MM'`` or a year), drawn to scale from zero."""
    periods = [str(p) for p in table.column(period)]
    values = [float(v or 0) for v in table.column(value)]
    peak = nice_ceiling(max(values, default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(periods), 1)
    gap = 1 if step > 3 else 0
    bars = []
    for i, (p, v) in enumerate(zip(periods, values, strict=True)):
        if not v:
            continue
        h = plot_h * v / peak
        bars.append(
            f'<rect class="bar" x="{LEFT + step * i:.1f}" y="{TOP + plot_h - h:.1f}" '
            f'width="{max(step - gap, 0.5):.1f}" height="{h:.1f}" fill="{BAR}">'
            f"<title>{text(p)}: {number(v)} {text(unit)}</title></rect>"
        )
    if periods:
        span = f"from {periods[0]} to {periods[-1]}"
        description = f"{title} {span}; the highest is {number(max(values))} {unit}."
    else:
        description = f"{title}: no published events."
    body = _axis(peak) + "".join(bars) + _period_labels(periods, step)
    return Chart(
        slug, title, description, frame(slug, title, description, WIDTH, HEIGHT, body), table
    )


def stacked_columns(
    slug: str, title: str, table: Table, period: str, category: str, value: str
) -> Chart:
    """One column per period, split by category, with a legend."""
    totals: dict[str, float] = defaultdict(float)
    by_period: dict[str, dict[str, float]] = defaultdict(dict)
    for p, c, v in zip(
        table.column(period), table.column(category), table.column(value), strict=True
    ):
        by_period[str(p)][str(c)] = float(v or 0)
        totals[str(c)] += float(v or 0)
    categories = sorted(totals, key=lambda c: (-totals[c], c))
    colours = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(categories)}
    periods = sorted(by_period)
    peak = nice_ceiling(max((sum(by_period[p].values()) for p in periods), default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(periods), 1)
    bars = []
    for i, p in enumerate(periods):
        base = 0.0
        for c in categories:
            v = by_period[p].get(c, 0.0)
            if not v:
                continue
            h = plot_h * v / peak
            y = TOP + plot_h - plot_h * base / peak - h
            bars.append(
                f'<rect class="bar" x="{LEFT + step * i + 1:.1f}" y="{y:.1f}" '
                f'width="{max(step - 2, 0.5):.1f}" height="{h:.1f}" fill="{colours[c]}">'
                f"<title>{text(p)}, {text(c)}: {number(v)}</title></rect>"
            )
            base += v
    legend = "".join(
        f'<g class="legend-item" '
        f'transform="translate({LEFT + 150 * (i % 6)},{HEIGHT + 16 * (i // 6)})">'
        f'<rect width="10" height="10" fill="{colours[c]}"/>'
        f'<text class="tick" x="14" y="9">{text(c[:20])}</text></g>'
        for i, c in enumerate(categories)
    )
    description = (
        f"{title}, {len(periods)} periods and {len(categories)} categories: "
        + ", ".join(f"{c} {number(totals[c])}" for c in categories[:8])
        + "."
    )
    body = _axis(peak) + "".join(bars) + _period_labels(periods, step) + legend
    height = HEIGHT + 16 * ((len(categories) + 5) // 6) + 4
    return Chart(
        slug, title, description, frame(slug, title, description, WIDTH, height, body), table
    )
