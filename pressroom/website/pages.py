"""What every HTML page shares: navigation, language links, the reader's display mode."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import translate_url
from django.utils.cache import patch_vary_headers

from pressroom.website.display import display_mode
from pressroom.website.paths import section_url
from pressroom.website.queries import language, section_slug, sections_with_events

OTHER_LANGUAGE = {"en": "ru", "ru": "en"}


def render_page(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    *,
    translation_url: str | None = None,
    status: int = 200,
) -> HttpResponse:
    """Render ``template`` inside the site's frame.

    ``translation_url`` is the same page in the other language; by default the same
    path under the other prefix (lists and catalog pages exist in both).
    """
    lang = language()
    other = OTHER_LANGUAGE[lang]
    if translation_url is None:
        translation_url = translate_url(request.path, other)
    nav = [
        {"name": s.name, "url": section_url(s), "slug": section_slug(s)}
        for s in sections_with_events(lang)
    ]
    frame = {
        "lang": lang,
        "other_language": other,
        "translation_url": translation_url,
        "nav_sections": nav,
        "display": display_mode(request),
        "page_path": request.path,
        "site_name": settings.SITE_NAME,
    }
    response = render(request, template, {**frame, **context}, status=status)
    patch_vary_headers(response, ("Cookie",))
    return response
