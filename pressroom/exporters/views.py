"""Every published event in every export format: ``/events/president/news/<id>.<ext>``.

The event page's own URL also answers in these formats to a client whose
``Accept`` header prefers one of them over HTML; browsers get the website's page.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.urls import resolve
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from pressroom import exporters
from pressroom.events.loading import load_with_ids
from pressroom.events.models import Event

#: URL suffix -> export format.
SUFFIXES = {"json": "json", "txt": "txt", "akn.xml": "akn", "tei.xml": "tei", "csv": "csv"}
#: Media types a client may ask for by ``Accept`` -> export format.
ACCEPTED = {
    "application/json": "json",
    "text/plain": "txt",
    "application/akn+xml": "akn",
    "application/tei+xml": "tei",
    "text/csv": "csv",
}
WEBSITE_URLS = "pressroom.website.urls"


def _event(number: int, language: str) -> Event:
    event = Event.objects.published().filter(number=number, language=language).first()
    if event is None:
        raise Http404(f"no published event {number}")
    return event


def _language(request: HttpRequest) -> str:
    return "ru" if request.GET.get("language") == "ru" else "en"


def _render(event: Event, format_name: str) -> HttpResponse:
    exporter = exporters.get(format_name)
    loaded = load_with_ids(event)
    doc = loaded.document
    if format_name == "csv":
        from pressroom.exporters.csvformat import render_turns

        ids = {t.speaker: person for _, t, _, person in loaded.turns() if t.speaker and person}
        body = render_turns(doc, ids)
    else:
        body = exporter.render_one(doc)
    media_type = exporter.media_type
    if "charset" not in media_type:
        media_type += "; charset=utf-8"
    response = HttpResponse(body, content_type=media_type)
    response["Last-Modified"] = http_date(event.updated_at.timestamp())
    response["Vary"] = "Accept"
    return response


@require_safe
def event_export(request: HttpRequest, number: str, suffix: str) -> HttpResponse:
    return _render(_event(int(number), _language(request)), SUFFIXES[suffix])


@require_safe
def event_negotiated(request: HttpRequest, number: int) -> HttpResponse:
    """The event page, or its export when ``Accept`` prefers a data format to HTML."""
    preferred = request.get_preferred_type(["text/html", *ACCEPTED])
    if preferred in ACCEPTED:
        return _render(_event(number, _language(request)), ACCEPTED[preferred])
    match = resolve(request.path_info, urlconf=WEBSITE_URLS)
    response = match.func(request, *match.args, **match.kwargs)
    response["Vary"] = "Accept" if "Vary" not in response else response["Vary"] + ", Accept"
    return response
