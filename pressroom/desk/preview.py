"""A draft exactly as readers will see it: the website's own event page, for staff only."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse

from pressroom.events.models import Event
from pressroom.events.store import with_document_rows


def render_preview(request: HttpRequest, event: Event) -> HttpResponse:
    # The website's page builder, imported here: the desk must load even without it.
    from pressroom.website.event import event_context
    from pressroom.website.pages import render_page

    event = with_document_rows(Event.objects).get(pk=event.pk)
    context = event_context(event)
    context["desk_preview"] = True
    response = render_page(request, "website/event.html", context, translation_url="")
    # Never cached or indexed: the page is not public yet, or no longer.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
