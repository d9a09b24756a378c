"""The full dump: JSON Lines that ``pressroom import`` restores exactly (docs/exports.md).

Line 1 is a header ``{"record": "dump", "schema": "pressroom.dump/1"}``; then the
catalog rows the events need (``section``, ``topic``, ``place``, ``person``
records), then one ``event`` record per published event: its Document JSON form
plus ``record`` and ``status``. Every line is one JSON object with a ``record``
field, in a fixed order, so the same archive always dumps to the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from django.db.models import Q, QuerySet

from pressroom.events.loading import iter_documents
from pressroom.events.models import (
    Block,
    Event,
    EventPerson,
    EventPlace,
    EventSection,
    EventTopic,
)
from pressroom.exporters.encode import dumps_line
from pressroom.people.models import Person
from pressroom.taxonomy.models import Place, Section, Topic

DUMP_SCHEMA = "pressroom.dump/1"
#: Every event in a dump is visible to readers; a scheduled one that is due is published.
PUBLIC_STATUS = "published"


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def catalog_records(
    events: QuerySet[Event], *, every_row: bool = False
) -> Iterator[dict[str, Any]]:
    """Sections, topics, places and persons the selected events use, in a stable order.

    ``every_row``: every row, used or not, each with its ``id`` (``pressroom dump``).
    """
    chosen = events.values("pk")
    sections, topics, places = Section.objects.all(), Topic.objects.all(), Place.objects.all()
    persons: QuerySet[Person] = Person.objects.order_by("pk")
    if not every_row:
        sections = sections.filter(
            pk__in=EventSection.objects.filter(event__in=chosen).values("section")
        )
        topics = topics.filter(pk__in=EventTopic.objects.filter(event__in=chosen).values("topic"))
        places = places.filter(pk__in=EventPlace.objects.filter(event__in=chosen).values("place"))
        persons = used_persons(events)

    def row_id(row: Any) -> dict[str, Any]:
        return {"id": row.pk} if every_row else {}

    for section in sections.order_by("language", "name"):
        yield {"record": "section", "language": section.language, "name": section.name,
               "slug": section.slug, **row_id(section)}  # fmt: skip
    for topic in topics.order_by("language", "name"):
        yield {"record": "topic", "language": topic.language, "name": topic.name,
               "catalog_id": topic.catalog_id, **row_id(topic)}  # fmt: skip
    for place in places.order_by("language", "name"):
        yield {"record": "place", "language": place.language, "name": place.name,
               "kind": place.kind, "catalog_id": place.catalog_id, **row_id(place)}  # fmt: skip
    for person in persons.prefetch_related("names", "posts").iterator(chunk_size=2000):
        yield person_record(person)


def used_persons(events: QuerySet[Event]) -> QuerySet[Person]:
    """Persons tagged in or speaking at ``events``, by id.

    Two IN subqueries rather than joins: a person in thousands of events would
    otherwise multiply the rows before DISTINCT.
    """
    chosen = events.values("pk")
    tagged = EventPerson.objects.filter(event__in=chosen).values("person")
    speaking = Block.objects.filter(event__in=chosen, person__isnull=False).values("person")
    return Person.objects.filter(Q(pk__in=tagged) | Q(pk__in=speaking)).order_by("pk")


def person_record(person: Person) -> dict[str, Any]:
    return {
        "record": "person",
        "id": person.pk,
        "name": person.name,
        "tag_name": person.tag_name,
        "catalog_id": person.catalog_id,
        "biography": person.biography,
        "names": sorted(
            (
                {"name": n.name, "kind": n.kind, "by_editor": n.by_editor}
                for n in person.names.all()
            ),
            key=lambda n: (n["kind"], n["name"]),
        ),
        "posts": sorted(
            (
                {"role": p.role, "first_seen": _iso(p.first_seen), "last_seen": _iso(p.last_seen)}
                for p in person.posts.all()
            ),
            key=lambda p: p["role"],
        ),
    }


def render_dump(events: QuerySet[Event]) -> Iterator[str]:
    """The dump of ``events`` (already limited to published ones), streamed a line at a time."""
    events = events.order_by("number", "language")
    yield _line({"record": "dump", "schema": DUMP_SCHEMA})
    for record in catalog_records(events):
        yield _line(record)
    for doc in iter_documents(events):
        yield dumps_line({"record": "event", "status": PUBLIC_STATUS, **doc.to_dict()})
