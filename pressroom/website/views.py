"""Public pages: the latest events, an event, its text version."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from pressroom.events.models import Event
from pressroom.events.store import load, with_document_rows
from pressroom.textformat import render as render_text


def _public_event(number: int, language: str = "en") -> Event:
    events = with_document_rows(Event.objects.published())
    return get_object_or_404(events, number=number, language=language)


def home(request: HttpRequest) -> HttpResponse:
    events = Event.objects.published().language("en").newest_first()[:20]
    return render(request, "website/home.html", {"events": events})


def event_page(request: HttpRequest, number: int) -> HttpResponse:
    event = _public_event(number)
    return render(request, "website/event.html", {"event": event, "doc": load(event)})


def text_version(request: HttpRequest, number: int) -> HttpResponse:
    doc = load(_public_event(number))
    return HttpResponse(render_text(doc), content_type="text/plain; charset=utf-8")
