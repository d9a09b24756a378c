"""Machine-readable descriptions of an event page: schema.org NewsArticle as JSON-LD."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString

from pressroom.events.models import Event

# The characters that could end a <script> element or start markup, as JSON escapes
# (the same set Django's json_script escapes).
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def published_at(event: Event) -> dt.datetime | None:
    if event.date is None:
        return None
    naive = dt.datetime.combine(event.date, event.time or dt.time(0))
    return timezone.make_aware(naive, timezone.get_default_timezone())


def news_article(event: Event, url: str, photos: list[dict[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": event.title[:300],
        "url": url,
        "inLanguage": event.language,
        "dateModified": event.updated_at.isoformat(),
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME},
    }
    if event.lead:
        data["description"] = event.lead
    if (moment := published_at(event)) is not None:
        data["datePublished"] = moment.isoformat()
    images = [p["image"] for p in photos if p["image"].startswith("http")]
    if images:
        data["image"] = images
    return data


def ld_json(data: dict[str, Any]) -> SafeString:
    """A ``<script type="application/ld+json">`` element no content can break out of."""
    text = json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', SafeString(text))
