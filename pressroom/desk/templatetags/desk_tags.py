"""``{% load desk_tags %}{% corrections event %}``: the public correction notice."""

from __future__ import annotations

from typing import Any

from django import template

from pressroom.desk.corrections import correction_context
from pressroom.events.models import Event

register = template.Library()


@register.inclusion_tag("desk/corrections.html")
def corrections(event: Event) -> dict[str, Any]:
    return correction_context(event)
