"""Atom feeds: all events, a section, a person, a topic, a place.

An entry's ``updated`` is the event's last change, so an edited event is published again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from pressroom.core import addresses
from pressroom.events.models import Event, EventQuerySet
from pressroom.people.models import Person
from pressroom.taxonomy.models import Place, Topic
from pressroom.website.catalog_pages import public_person
from pressroom.website.metadata import published_at
from pressroom.website.queries import (
    filed_under,
    find_place,
    find_topic,
    in_section,
    language,
    published,
    section_for,
    section_slug,
)

FEED_SIZE = 20


class EventFeed(Feed):  # type: ignore[type-arg]
    """The newest published events of the reader's language, filtered by ``events``."""

    feed_type = Atom1Feed

    def events(self, obj: Any) -> EventQuerySet:
        return published()

    def items(self, obj: Any) -> QuerySet[Event]:
        return self.events(obj).newest_first()[:FEED_SIZE]

    def title(self, obj: Any) -> str:
        return f"{settings.SITE_NAME}: {self.name(obj)}"

    def name(self, obj: Any) -> str:
        return _("All events")

    def link(self, obj: Any) -> str:
        return addresses.home_url(language())

    def subtitle(self, obj: Any) -> str:
        return self.name(obj)

    def item_title(self, item: Event) -> str:
        return item.title

    def item_description(self, item: Event) -> str:
        return item.lead

    def item_link(self, item: Event) -> str:
        return addresses.event_url(item.number, item.language)

    def item_guid(self, item: Event) -> str:
        return addresses.event_url(item.number, item.language, absolute=True)

    def item_pubdate(self, item: Event) -> dt.datetime | None:
        return published_at(item) or item.publish_at

    def item_updateddate(self, item: Event) -> dt.datetime:
        return item.updated_at


class SectionFeed(EventFeed):
    def get_object(self, request: HttpRequest, slug: str | None = None, **kwargs: Any) -> Any:
        return section_for(slug) if slug else None

    def events(self, obj: Any) -> EventQuerySet:
        return in_section(published(), obj)

    def name(self, obj: Any) -> str:
        return obj.name if obj is not None else _("All events")

    def link(self, obj: Any) -> str:
        if obj is None:
            return super().link(obj)
        return addresses.section_url(section_slug(obj), obj.language)


class PersonFeed(EventFeed):
    def get_object(self, request: HttpRequest, key: int, **kwargs: Any) -> Person:
        return public_person(key)

    def events(self, obj: Person) -> EventQuerySet:
        return filed_under(published(), "person", obj)

    def name(self, obj: Person) -> str:
        return obj.name

    def link(self, obj: Person) -> str:
        return addresses.person_url(obj.pk, language())


class TopicFeed(EventFeed):
    def get_object(self, request: HttpRequest, key: str, **kwargs: Any) -> Topic:
        return find_topic(key)

    def events(self, obj: Topic) -> EventQuerySet:
        return filed_under(published(), "topic", obj)

    def name(self, obj: Topic) -> str:
        return obj.name

    def link(self, obj: Topic) -> str:
        return addresses.topic_url(obj.url_key, obj.language)


class CountryFeed(EventFeed):
    kind = Place.Kind.COUNTRY

    def get_object(self, request: HttpRequest, key: str, **kwargs: Any) -> Place:
        return find_place(key, self.kind)

    def events(self, obj: Place) -> EventQuerySet:
        return filed_under(published(), "place", obj)

    def name(self, obj: Place) -> str:
        return obj.name

    def link(self, obj: Place) -> str:
        return addresses.place_url(obj.kind, obj.url_key, obj.language)


class RegionFeed(CountryFeed):
    kind = Place.Kind.REGION
