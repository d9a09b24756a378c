"""The person, topic or place a page is about, if readers may see it (else 404)."""

from __future__ import annotations

from django.db.models import Exists, OuterRef
from django.http import Http404

from pressroom.events.models import Event, EventPlace, EventTopic
from pressroom.people.models import Person
from pressroom.taxonomy.models import Place, Topic


def public_person(pk: int) -> Person:
    """A person tagged in, or speaking in, a published event: no name leaks from a draft."""
    found = Person.objects.public().filter(pk=pk).first()
    if found is None:
        raise Http404(f"No person {pk} in published events")
    return found


def public_topic(pk: int) -> Topic:
    events = EventTopic.objects.filter(topic=OuterRef("pk"), event__in=Event.objects.published())
    found = Topic.objects.filter(Exists(events), pk=pk).first()
    if found is None:
        raise Http404(f"No topic {pk} in published events")
    return found


def public_place(pk: int) -> Place:
    events = EventPlace.objects.filter(place=OuterRef("pk"), event__in=Event.objects.published())
    found = Place.objects.filter(Exists(events), pk=pk).first()
    if found is None:
        raise Http404(f"No place {pk} in published events")
    return found


def public_event(number: int, language: str) -> Event:
    found = Event.objects.published().filter(number=number, language=language).first()
    if found is None:
        raise Http404(f"No published event {number} ({language})")
    return found
