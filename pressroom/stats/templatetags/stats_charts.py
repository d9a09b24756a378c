"""``{% load stats_charts %}{% speaking_share event %}``: the speaking share on an event page."""

from __future__ import annotations

from typing import Any

from django import template

from pressroom.core.addresses import stats_url
from pressroom.events.models import Event
from pressroom.stats.charts.share import share_bar
from pressroom.stats.queries.transcript import speaking_share_for

register = template.Library()


@register.inclusion_tag("stats/speaking_share.html")
def speaking_share(event: Event) -> dict[str, Any]:
    """Words and turns per speaker of a published event; nothing for a draft or no turns."""
    table = speaking_share_for(event)
    if table is None or not table.rows:
        return {"chart": None}
    rows = [
        dict(
            row,
            url=stats_url("person", int(str(row["id"]))) if row["id"] else "",
            percent=f"{100 * float(str(row['share'])):.0f}%",
        )
        for row in table.records()
    ]
    return {
        "chart": share_bar(f"share-{event.number}", table),
        "rows": rows,
        "lang": event.language,
        "data": f"/api/v1/stats/events/{event.number}/speaking-share",
    }
