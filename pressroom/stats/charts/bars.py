"""Horizontal bars for ranked lists: the people met, topics, places, persons present."""

from __future__ import annotations

from pressroom.stats.charts.svg import BAR, Chart, frame, nice_ceiling, number, short, text
from pressroom.stats.table import Table

WIDTH = 960
LABEL_W, RIGHT, ROW, TOP = 300, 70, 22, 6


def ranked_bars(
    slug: str,
    title: str,
    table: Table,
    label: str,
    value: str,
    links: dict[int, str] | None = None,
    unit: str = "events",
) -> Chart:
    """One bar per row, longest first as the table is ordered; labels link when given."""
    links = links or {}
    labels = [str(v or "") for v in table.column(label)]
    values = [float(v or 0) for v in table.column(value)]
    peak = nice_ceiling(max(values, default=0))
    plot_w = WIDTH - LABEL_W - RIGHT
    rows = []
    for i, (name, v) in enumerate(zip(labels, values, strict=True)):
        y = TOP + ROW * i
        w = max(plot_w * v / peak, 1.0)
        caption = (
            f'<text class="label" x="{LABEL_W - 8}" y="{y + 15}" text-anchor="end">'
            f"{text(short(name))}</text>"
        )
        if i in links:
            caption = f'<a href="{text(links[i])}">{caption}</a>'
        rows.append(
            f'{caption}<rect class="bar" x="{LABEL_W}" y="{y + 3}" width="{w:.1f}" '
            f'height="{ROW - 6}" fill="{BAR}">'
            f"<title>{text(name)}: {number(v)} {text(unit)}</title></rect>"
            f'<text class="value" x="{LABEL_W + w + 6:.1f}" y="{y + 15}">{number(v)}</text>'
        )
    if labels:
        description = f"{title}: " + "; ".join(
            f"{name} {number(v)}" for name, v in list(zip(labels, values, strict=True))[:5]
        )
        description += "." if len(labels) <= 5 else f"; and {len(labels) - 5} more."
    else:
        description = f"{title}: none."
    height = TOP * 2 + ROW * max(len(labels), 1)
    svg = frame(slug, title, description, WIDTH, height, "".join(rows))
    return Chart(slug, title, description, svg, table, links)
