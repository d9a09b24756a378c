"""Public URLs of events and catalog entries, in either language.

English pages have no prefix, Russian ones live under /ru/ (i18n_patterns), so a
link to "the same event in the other language" changes only the prefix.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils.translation import override

from pressroom.people.models import Person
from pressroom.taxonomy.models import Place, Section, Topic
from pressroom.website.queries import language, place_key, section_slug, topic_key


def url_in(lang: str | None, name: str, *args: Any) -> str:
    with override(lang or language()):
        return reverse(name, args=args)


def event_url(number: int, lang: str | None = None) -> str:
    # Lists, feeds and sitemaps link thousands of events: reverse once per language.
    return f"{_event_prefix(lang or language(), settings.ROOT_URLCONF)}{number}"


@lru_cache(maxsize=16)
def _event_prefix(lang: str, urlconf: str) -> str:
    return url_in(lang, "event", 0).removesuffix("0")


def section_url(section: Section) -> str:
    return url_in(section.language, "section", section_slug(section))


def person_url(person: Person | int, lang: str | None = None) -> str:
    pk = person if isinstance(person, int) else person.pk
    return url_in(lang, "person-events", pk)


def topic_url(topic: Topic) -> str:
    return url_in(topic.language, "topic-events", topic_key(topic))


def place_url(place: Place) -> str:
    name = "country-events" if place.kind == Place.Kind.COUNTRY else "region-events"
    return url_in(place.language, name, place_key(place))
