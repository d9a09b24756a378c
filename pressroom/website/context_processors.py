"""What every HTML page shares: navigation, language links, the reader's display mode.

``frame`` is a context processor (settings ``TEMPLATES``): any view rendering with
Django's ``render`` gets the frame, and may set ``translation_url`` itself (the same
page in the other language; ``""`` for none). The navigation and the default
translation are computed only when a template uses them.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url

from pressroom.core.addresses import section_url
from pressroom.website.display import display_mode
from pressroom.website.queries import language, section_slug, sections_with_events

OTHER_LANGUAGE = {"en": "ru", "ru": "en"}


def frame(request: HttpRequest) -> dict[str, Any]:
    lang = language()
    other = OTHER_LANGUAGE[lang]

    def nav_sections() -> list[dict[str, str]]:
        return [
            {"name": s.name, "url": section_url(section_slug(s), lang), "slug": section_slug(s)}
            for s in sections_with_events(lang)
        ]

    return {
        "lang": lang,
        "other_language": other,
        # Lists and catalog pages exist in both languages: the same path, other prefix.
        "translation_url": lambda: translate_url(request.path, other),
        "nav_sections": nav_sections,
        "display": display_mode(request),
        "page_path": request.path,
        "site_name": settings.SITE_NAME,
    }
