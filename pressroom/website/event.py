"""An event's pages: the page, its print layout, its photos, text version and direct link."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
)
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import condition

from pressroom.core import addresses
from pressroom.document import Document
from pressroom.events.loading import LoadedEvent, load_event, load_with_ids
from pressroom.events.models import Event
from pressroom.taxonomy.models import Place, Section, Topic
from pressroom.website.body import body_views, mention_ids
from pressroom.website.cache import cached_page
from pressroom.website.context_processors import OTHER_LANGUAGE
from pressroom.website.display import display_mode
from pressroom.website.metadata import news_article
from pressroom.website.queries import language, public_persons, published, section_slug

#: Bumped when the page's markup changes, so cached copies are not reused (ETag).
PAGE_VERSION = "1"


def _updated_at(request: HttpRequest, number: int, **kwargs: Any) -> dt.datetime | None:
    """When the event last changed (None: not published); asked once per request."""
    memo: dict[int, dt.datetime | None] = request.__dict__.setdefault("_event_updated", {})
    if number not in memo:
        found = published().filter(number=number).order_by().values_list("updated_at", flat=True)
        memo[number] = next(iter(found[:1]), None)
    return memo[number]


def _etag(request: HttpRequest, number: int, **kwargs: Any) -> str | None:
    updated = _updated_at(request, number)
    if updated is None:
        return None
    key = "|".join(
        (PAGE_VERSION, language(), str(number), updated.isoformat(), display_mode(request))
    )
    return hashlib.sha1(key.encode()).hexdigest()[:20]


def _public_event(number: int) -> Event:
    return get_object_or_404(published(), number=number)


def _safe_image(url: str) -> str:
    """Only web or site-relative addresses reach an ``src`` attribute."""
    return url if url.startswith(("https://", "http://", "/")) and not url.startswith("//") else ""


def _neighbours(event: Event) -> tuple[Event | None, Event | None]:
    """The events just before and after ``event`` in the reading order (newest first)."""
    if event.date is None:
        return None, None
    columns = ("number", "title", "date", "time", "language")
    events = published(event.language).filter(date__isnull=False).only(*columns)
    same_day = sorted(
        events.filter(date=event.date),
        key=lambda e: (e.time or dt.time(0), e.number),
    )
    index = next((i for i, e in enumerate(same_day) if e.number == event.number), 0)
    earlier = same_day[index - 1] if index > 0 else None
    later = same_day[index + 1] if index + 1 < len(same_day) else None
    if earlier is None:
        earlier = events.filter(date__lt=event.date).order_by("-date", "-time", "-number").first()
    if later is None:
        later = events.filter(date__gt=event.date).order_by("date", "time", "number").first()
    return earlier, later


def _related(doc: Document) -> list[dict[str, Any]]:
    """Related links; only those to published events are links."""
    targets = {item.event_id for rel in doc.related for item in rel.items}
    public = set(
        published(doc.language).filter(number__in=targets - {None}).values_list("number", flat=True)
    )
    return [
        {
            "kind": rel.kind,
            "items": [
                {
                    "title": item.title,
                    "date": item.date,
                    "url": addresses.event_url(item.event_id, doc.language)
                    if item.event_id is not None and item.event_id in public
                    else "",
                }
                for item in rel.items
            ],
        }
        for rel in doc.related
    ]


def _tags(loaded: LoadedEvent) -> dict[str, list[dict[str, str]]]:
    """The event's places, topics, persons and sections, linked to their pages."""
    doc, ids, lang = loaded.document, loaded.ids, loaded.document.language
    return {
        "places": [
            {
                "name": t.name,
                "url": addresses.place_url(
                    t.place_kind, Place(pk=pk, catalog_id=t.catalog_id).url_key, lang
                ),
            }
            for t, pk in zip(doc.geography, ids.places, strict=True)
        ],
        "topics": [
            {
                "name": t.name,
                "url": addresses.topic_url(Topic(pk=pk, catalog_id=t.catalog_id).url_key, lang),
            }
            for t, pk in zip(doc.topics, ids.topics, strict=True)
        ],
        "persons": [
            {"name": t.name, "url": addresses.person_url(pk, lang)}
            for t, pk in zip(doc.persons, ids.persons, strict=True)
        ],
        "sections": [
            {
                "name": name,
                "url": addresses.section_url(
                    section_slug(Section(pk=pk, language=lang, name=name, slug=slug)), lang
                ),
            }
            for name, (pk, slug) in zip(doc.publication.sections, ids.sections, strict=True)
        ],
    }


def event_context(event: Event) -> dict[str, Any]:
    loaded = load_with_ids(event)
    doc = loaded.document
    turns = [(turn, person) for _, turn, _, person in loaded.turns()]
    ids = mention_ids(doc.body)
    mentioned = (
        dict(public_persons().filter(catalog_id__in=ids).values_list("catalog_id", "pk"))
        if ids
        else {}
    )
    lang = event.language

    def person_url(pk: int) -> str:
        return addresses.person_url(pk, lang)

    person_urls = {cid: person_url(pk) for cid, pk in mentioned.items()}
    body = body_views(doc.body, loaded.ids.speakers, person_urls, person_url)
    photos = [
        {
            "caption": p.caption,
            "credit": p.credit,
            "agency": p.agency,
            "image": _safe_image(p.image_url),
            "thumbnail": _safe_image(p.thumbnail_url),
            "number": i,
        }
        for i, p in enumerate(doc.gallery.photos if doc.gallery else (), start=1)
    ]
    earlier, later = _neighbours(event)
    other = OTHER_LANGUAGE[event.language]
    translated = published(other).filter(number=event.number).exists()
    number = event.number
    absolute = addresses.event_url(number, lang, absolute=True)
    context: dict[str, Any] = {
        "event": event,
        "title": event.title,
        "body": body,
        "has_transcript": any(b.kind == "turn" for b in body),
        # The line linking to the event's statistics, from the rows already read.
        "speakers": len({person or turn.label for turn, person in turns}),
        "words": sum(turn.words for turn, _ in turns),
        "photos": photos,
        "gallery_size": max(event.gallery_size or 0, len(photos)),
        "related": _related(doc),
        **_tags(loaded),
        "earlier": earlier,
        "later": later,
        "event_url": addresses.event_url(number, lang),
        "canonical_url": absolute,
        "direct_url": addresses.direct_url(number, lang),
        "text_url": addresses.text_version_url(number, lang),
        "print_url": addresses.print_url(number, lang),
        "photos_url": addresses.photos_url(number, lang),
        "other_event_url": addresses.event_url(number, other) if translated else "",
        "stats_url": addresses.stats_url("event", number, lang),
    }
    context["json_ld"] = news_article(event, absolute, photos)
    return context


def _page(request: HttpRequest, number: int, template: str) -> HttpResponse:
    # Asked of the database on every request, so that a cached copy of an event that
    # has just been withdrawn is never served.
    updated = _updated_at(request, number)
    if updated is None:
        raise Http404(f"No event {number}")

    def page() -> HttpResponse:
        context = event_context(_public_event(number))
        context["translation_url"] = context["other_event_url"]
        return render(request, template, context)

    return cached_page(request, page, updated.isoformat())


@condition(etag_func=_etag, last_modified_func=_updated_at)
def event_page(request: HttpRequest, number: int) -> HttpResponse:
    return _page(request, number, "website/event.html")


@condition(etag_func=_etag, last_modified_func=_updated_at)
def print_page(request: HttpRequest, number: int) -> HttpResponse:
    return _page(request, number, "website/print.html")


@condition(etag_func=_etag, last_modified_func=_updated_at)
def photos_page(request: HttpRequest, number: int) -> HttpResponse:
    event = _public_event(number)
    if not event.gallery_size:
        raise Http404("This event has no photos")
    context = event_context(event)
    context["translation_url"] = context["other_event_url"]
    return render(request, "website/photos.html", context)


@condition(last_modified_func=_updated_at)
def text_version(request: HttpRequest, number: int) -> HttpResponse:
    """The plain text version, byte for byte what the text format renders."""
    from pressroom.textformat import render as render_text

    event = get_object_or_404(published(), number=number)
    text = render_text(load_event(event))
    return HttpResponse(text.encode("utf-8"), content_type="text/plain; charset=utf-8")


def direct_link(request: HttpRequest, number: int) -> HttpResponse:
    if not published().filter(number=number).exists():
        raise Http404(f"No event {number}")
    return HttpResponsePermanentRedirect(addresses.event_url(number, language()))
