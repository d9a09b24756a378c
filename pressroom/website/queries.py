"""The querysets every public page starts from: published events, in the reader's language.

Each function begins with ``Event.objects.published()`` so that no page can show a
draft, a scheduled event not yet due or a withdrawn one.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Exists, Model, OuterRef, QuerySet, Sum
from django.http import Http404
from django.utils.translation import get_language

from pressroom.core.cache import STATS, cached
from pressroom.events.models import (
    Block,
    Event,
    EventQuerySet,
    EventSection,
    tag_rows,
    visible,
)
from pressroom.events.version import data_version
from pressroom.people.models import Person
from pressroom.taxonomy.models import Place, Section, Topic

#: Russian sections keep the English list URLs of the source site
#: (kremlin.ru/events/president/news), whatever slug their name gives.
SECTION_ALIASES: dict[str, dict[str, str]] = {
    "ru": {
        "news": "Новости",
        "transcripts": "Выступления и стенограммы",
        "documents": "Документы",
    },
}


def language() -> str:
    """The language of the page being served: 'ru' under /ru/, else 'en'."""
    return "ru" if (get_language() or "en").startswith("ru") else "en"


def published(lang: str | None = None) -> EventQuerySet:
    return Event.objects.published().language(lang or language())


def listed(events: EventQuerySet) -> QuerySet[Event]:
    """Newest first, only the columns a list item prints (``with_marks`` adds the rest)."""
    return events.newest_first().only(
        "number", "language", "title", "lead", "date", "time", "place", "gallery_size",
        "updated_at",
    )  # fmt: skip


def with_marks(events: Iterable[Event]) -> list[Event]:
    """Set ``has_transcript`` and ``words`` on one page of events: two queries for any page.

    Asked for the page's ids only: as annotations on the list query, the database
    would compute them for every event of the archive before sorting.
    """
    rows = list(events)
    ids = [e.pk for e in rows]
    blocks = Block.objects.filter(event_id__in=ids).order_by()
    with_turns = set(
        blocks.filter(kind=Block.Kind.TURN).values_list("event_id", flat=True).distinct()
    )
    words = dict(
        blocks.values("event_id").annotate(total=Sum("word_count")).values_list("event_id", "total")
    )
    for event in rows:
        event.has_transcript = event.pk in with_turns  # type: ignore[attr-defined]
        event.words = words.get(event.pk) or 0  # type: ignore[attr-defined]
    return rows


def section_slug(section: Section) -> str:
    """The URL segment of a section: its alias when it has one, else its slug."""
    for slug, name in SECTION_ALIASES.get(section.language, {}).items():
        if name == section.name:
            return slug
    return section.slug


def section_for(slug: str, lang: str | None = None) -> Section:
    lang = lang or language()
    alias = SECTION_ALIASES.get(lang, {}).get(slug)
    sections = Section.objects.filter(language=lang)
    found = sections.filter(name=alias).first() if alias else None
    found = found or sections.filter(slug=slug).first()
    if found is None:
        raise Http404(f"No section {slug!r}")
    return found


def in_section(events: EventQuerySet, section: Section | None) -> EventQuerySet:
    if section is None:
        return events
    return filed_under(events, "section", section)


def filed_under(events: EventQuerySet, kind: str, tag: Model) -> EventQuerySet:
    """``events`` filed under one tag (``EventQuerySet.filed_under``).

    Two plans, picked by the tag's share of the archive. For a large tag (a section
    such as News, or the head of state's turns), the database walks the events newest
    first and checks each one's rows, so a page costs its own rows whatever the
    archive's size. For a small tag, that walk would pass over many events per match:
    the tag's events are gathered first (``id IN (SELECT event_id ...)``) and sorted.
    """
    if _large_share(kind, tag):
        return events.filed_under(kind, tag)
    return events.filter(pk__in=tag_rows(kind, tag).values("event_id"))


#: A tag on at least this share of the events is walked in date order.
LARGE_SHARE = 0.05


def _large_share(kind: str, tag: Model) -> bool:
    tagged, total = _tag_size(kind, tag.pk)
    return tagged >= total * LARGE_SHARE


@cached(STATS, "website-tag-size", data_version)
def _tag_size(kind: str, pk: int) -> tuple[int, int]:
    """Rows matching the tag, and events in the archive (cached per data version)."""
    return tag_rows(kind, pk).count(), Event.objects.count()


def sections_with_events(lang: str | None = None) -> list[Section]:
    """The sections the navigation offers: those holding at least one published event."""
    return _sections_with_events(lang or language())


@cached(STATS, "website-sections", data_version)
def _sections_with_events(lang: str) -> list[Section]:
    filed = EventSection.objects.filter(
        visible("event__"), section=OuterRef("pk"), event__language=lang
    )
    return list(Section.objects.filter(language=lang).filter(Exists(filed)).order_by("pk"))


def public_persons() -> QuerySet[Person]:
    return Person.objects.public()


def find_topic(key: str, lang: str | None = None) -> Topic:
    """A topic by the source site's keyword id, else by our id."""
    topics = Topic.objects.filter(language=lang or language())
    found = topics.filter(catalog_id=key).first() if key else None
    if found is None and key.isdigit():
        found = (
            topics.filter(pk=int(key), catalog_id="").first() or topics.filter(pk=int(key)).first()
        )
    if found is None:
        raise Http404(f"No topic {key!r}")
    return found


def find_place(key: str, kind: str, lang: str | None = None) -> Place:
    """A country by ISO code or a region by code; either by our id when the key is a number."""
    kinds = [kind] if kind == Place.Kind.COUNTRY else [kind, Place.Kind.UNKNOWN]
    places = Place.objects.filter(language=lang or language(), kind__in=kinds)
    found = places.filter(catalog_id__iexact=key).first() if key else None
    if found is None and key.isdigit():
        found = places.filter(pk=int(key)).first()
    if found is None:
        raise Http404(f"No place {key!r}")
    return found
