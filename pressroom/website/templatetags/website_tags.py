"""Template helpers for the public site: JSON-LD, marks, event links, display-mode links."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.safestring import SafeString

from pressroom.core import addresses
from pressroom.website.metadata import ld_json as _ld_json
from pressroom.website.queries import language

register = template.Library()


@register.filter
def ld_json(data: dict[str, Any]) -> SafeString:
    return _ld_json(data)


@register.simple_tag
def event_url(event: Any) -> str:
    return addresses.event_url(event.number, event.language)


@register.simple_tag
def home_url() -> str:
    return addresses.home_url(language())


@register.simple_tag
def display_url(mode: str, next_path: str) -> str:
    return reverse("display", args=[mode]) + "?" + urlencode({"next": next_path})


@register.filter
def reading_minutes(words: int | None) -> int:
    """Minutes a reader needs for ``words`` at about 200 words a minute (at least 1)."""
    return max(1, round((words or 0) / 200))


#: How each language prints a full date: "January 1, 2006", "1 января 2006".
_LONG_DATE = {"en": "F j, Y", "ru": "j E Y"}


@register.filter
def long_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return date_format(value, _LONG_DATE.get(language(), "F j, Y"))
