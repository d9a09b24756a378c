"""A draft exactly as readers will see it: the website's own event page, for staff only."""

from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from pressroom.events.models import Event, Status


def render_preview(request: HttpRequest, event: Event) -> HttpResponse:
    """The page as it will be once published, neighbours and all.

    The event is marked published inside a transaction that is always rolled back,
    so the website's own page builder (which reads only published events) can be
    used as it is, and nothing a reader can see changes.
    """
    # Imported here: the desk must load even while the website is being changed.
    from pressroom.website.event import event_context

    with transaction.atomic():
        if not event.is_public:
            publish_at = event.publish_at or timezone.now()
            Event.objects.filter(pk=event.pk).update(status=Status.PUBLISHED, publish_at=publish_at)
        shown = Event.objects.get(pk=event.pk)
        context = event_context(shown)
        context["desk_preview"] = True
        response = render(request, "website/event.html", {**context, "translation_url": ""})
        if hasattr(response, "render"):
            response.render()
        transaction.set_rollback(True)
    # Never cached or indexed: the page is not public yet, or no longer.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
