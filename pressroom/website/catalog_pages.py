"""Catalog pages: persons (events, posts, biography, their own words), topics, places."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from pressroom.core import addresses
from pressroom.events.models import (
    Block,
    EventPlace,
    EventQuerySet,
    EventTopic,
    visible,
)
from pressroom.people.models import Person
from pressroom.taxonomy.models import Place, Topic
from pressroom.website.paging import page_of
from pressroom.website.queries import (
    filed_under,
    find_place,
    find_topic,
    language,
    listed,
    public_persons,
    published,
    with_marks,
)

#: How many of a person's turns their page quotes.
OWN_WORDS = 20


def _events_page(
    request: HttpRequest,
    events: EventQuerySet,
    page: int,
    context: dict[str, Any],
    url_name: str,
    key: Any,
) -> HttpResponse:
    current = page_of(listed(events), page)

    def page_url(n: int) -> str:
        if n <= 1:
            return reverse(url_name, args=[key])
        return reverse(f"{url_name}-page", args=[key, n])

    context.update(
        page=current,
        events=with_marks(current.items),
        newer_url=page_url(current.previous_number),
        older_url=page_url(current.next_number),
    )
    return render(request, "website/catalog_events.html", context)


def public_person(pk: int) -> Person:
    return get_object_or_404(public_persons(), pk=pk)


def person_events(request: HttpRequest, key: int, page: int = 1) -> HttpResponse:
    person = public_person(key)
    events = filed_under(published(), "person", person)
    context = {
        "title": person.name,
        "person": person,
        "posts": person.posts.order_by("-last_seen", "role"),
        "own_words": own_words(person) if page == 1 else [],
        "biography_url": addresses.biography_url(person.pk, language()) if person.biography else "",
        "feed_url": addresses.person_url(person.pk, language(), feed=True),
        "kind": "person",
    }
    return _events_page(request, events, page, context, "person-events", person.pk)


def own_words(person: Person, limit: int = OWN_WORDS) -> list[dict[str, Any]]:
    """The turns ``person`` spoke in published events, newest first, with their anchors."""
    earlier_turns = (
        Block.objects.filter(
            event=OuterRef("event"), kind=Block.Kind.TURN, position__lte=OuterRef("position")
        )
        .values("event")
        .annotate(n=Count("pk"))
        .values("n")
    )
    # The newest events they spoke in first (a page of events, planned as lists are),
    # then their turns in those events: never a sort of everything they ever said.
    spoken = filed_under(published(), "speaker", person)
    latest = list(spoken.newest_first().values_list("pk", flat=True)[:limit])
    turns = (
        Block.objects.filter(person=person, kind=Block.Kind.TURN, event__in=latest)
        .select_related("event")
        .only(
            "text",
            "label",
            "position",
            "event__number",
            "event__title",
            "event__date",
            "event__language",
        )
        .annotate(turn=Subquery(earlier_turns))
        .order_by("-event__date", "-event__time", "-event__number", "position")[:limit]
    )
    return [
        {
            "label": t.label,
            "text": t.paragraphs[0] if t.paragraphs else "",
            "more": len(t.paragraphs) > 1,
            "event_title": t.event.title,
            "date": t.event.date,
            "url": addresses.event_url(t.event.number, t.event.language, turn=t.turn),
        }
        for t in turns
    ]


def person_biography(request: HttpRequest, key: int) -> HttpResponse:
    person = public_person(key)
    if not person.biography:
        raise Http404("No biography for this person")
    context = {
        "title": person.name,
        "person": person,
        "posts": person.posts.order_by("-last_seen", "role"),
        "events_url": addresses.person_url(person.pk, language()),
    }
    return render(request, "website/biography.html", context)


def topic_events(request: HttpRequest, key: str, page: int = 1) -> HttpResponse:
    topic = find_topic(key)
    events = filed_under(published(), "topic", topic)
    context = {
        "title": topic.name,
        "kind_label": _("Topic"),
        "feed_url": addresses.topic_url(topic.url_key, topic.language, feed=True),
        "kind": "topic",
    }
    return _events_page(request, events, page, context, "topic-events", topic.url_key)


def _place_events(request: HttpRequest, place: Place, page: int, name: str) -> HttpResponse:
    events = filed_under(published(), "place", place)
    context = {
        "title": place.name,
        "kind_label": _("Country") if place.kind == Place.Kind.COUNTRY else _("Region"),
        "feed_url": addresses.place_url(place.kind, place.url_key, place.language, feed=True),
        "kind": name,
    }
    return _events_page(request, events, page, context, f"{name}-events", place.url_key)


def country_events(request: HttpRequest, key: str, page: int = 1) -> HttpResponse:
    return _place_events(request, find_place(key, Place.Kind.COUNTRY), page, "country")


def region_events(request: HttpRequest, key: str, page: int = 1) -> HttpResponse:
    return _place_events(request, find_place(key, Place.Kind.REGION), page, "region")


# -- indexes -------------------------------------------------------------------------


def persons_index(request: HttpRequest, page: int = 1) -> HttpResponse:
    persons = public_persons().only("pk", "name", "tag_name").order_by("tag_name")
    current = page_of(persons, page, size=200)
    lang = language()
    entries = [{"name": p.tag_name, "url": addresses.person_url(p.pk, lang)} for p in current.items]
    return _index(request, _("Persons"), entries, current, "persons")


def _tagged(model: type[Any], through: type[Any], field: str) -> QuerySet[Any]:
    """Catalog entries of the reader's language filed on at least one published event."""
    filed = through.objects.filter(
        visible("event__"), **{field: OuterRef("pk")}, event__language=language()
    )
    return model.objects.filter(language=language()).filter(Exists(filed))


def topics_index(request: HttpRequest) -> HttpResponse:
    topics = _tagged(Topic, EventTopic, "topic").order_by("name")
    entries = [{"name": t.name, "url": addresses.topic_url(t.url_key, t.language)} for t in topics]
    return _index(request, _("Topics"), entries)


def countries_index(request: HttpRequest) -> HttpResponse:
    places = _tagged(Place, EventPlace, "place").filter(kind=Place.Kind.COUNTRY).order_by("name")
    return _index(request, _("Countries"), _place_entries(places))


def regions_index(request: HttpRequest) -> HttpResponse:
    places = _tagged(Place, EventPlace, "place").filter(~Q(kind=Place.Kind.COUNTRY))
    return _index(request, _("Regions"), _place_entries(places.order_by("name")))


def _place_entries(places: QuerySet[Place]) -> list[dict[str, str]]:
    return [
        {"name": p.name, "url": addresses.place_url(p.kind, p.url_key, p.language)} for p in places
    ]


def _index(
    request: HttpRequest,
    title: str,
    entries: list[dict[str, str]],
    page: Any = None,
    url_name: str = "",
) -> HttpResponse:
    context: dict[str, Any] = {"title": title, "entries": entries, "page": page}
    if page is not None:
        context["newer_url"] = (
            reverse(url_name)
            if page.number == 2
            else reverse(f"{url_name}-page", args=[page.number - 1])
        )
        context["older_url"] = reverse(f"{url_name}-page", args=[page.number + 1])
    return render(request, "website/catalog_index.html", context)
