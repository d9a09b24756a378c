"""A transcript's speaking share: one bar split by speaker, widths by words spoken."""

from __future__ import annotations

from pressroom.stats.charts.svg import PALETTE, Chart, frame, number, short, text
from pressroom.stats.table import Table

WIDTH, HEIGHT = 960, 64
OTHERS = "#999999"
#: Speakers drawn in colour; the rest share grey (the table lists everyone).
NAMED = len(PALETTE)


def share_bar(slug: str, table: Table) -> Chart:
    speakers = [str(s or "") for s in table.column("speaker")]
    words = [int(w or 0) for w in table.column("words")]
    turns = [int(t or 0) for t in table.column("turns")]
    total = sum(words) or 1
    x = 0.0
    parts, legend = [], []
    for i, (name, w, t) in enumerate(zip(speakers, words, turns, strict=True)):
        width, percent = WIDTH * w / total, f"{100 * w / total:.0f}%"
        colour = PALETTE[i] if i < NAMED else OTHERS
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="0" width="{width:.1f}" height="28" fill="{colour}">'
            f"<title>{text(name)}: {number(w)} words ({percent}), {t} turns</title></rect>"
        )
        if i < 4:
            legend.append(
                f'<g transform="translate({240 * i},40)">'
                f'<rect width="10" height="10" fill="{colour}"/>'
                f'<text class="tick" x="14" y="9">{text(short(name, 24))} {percent}</text></g>'
            )
        x += width
    title = "Speaking share"
    if speakers:
        description = f"{title} of {number(sum(words))} words in {sum(turns)} turns: " + "; ".join(
            f"{name} {100 * w / total:.0f}%"
            for name, w in list(zip(speakers, words, strict=True))[:5]
        )
    else:
        description = f"{title}: no speech turns."
    svg = frame(slug, title, description, WIDTH, HEIGHT, "".join(parts) + "".join(legend))
    return Chart(slug, title, description, svg, table)
