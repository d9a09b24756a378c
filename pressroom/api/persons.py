"""/persons: people tagged in or speaking at published events, with counts."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema

from pressroom.api import cursor as paging
from pressroom.api.catalog_counts import Catalog, words_spoken
from pressroom.api.errors import ERRORS
from pressroom.api.events import Id
from pressroom.api.schemas import PersonDetail, PersonPage
from pressroom.events.models import EventPerson
from pressroom.people.models import Person

PERSONS = Catalog(Person, EventPerson, "person", "person", Person.objects.public)

router = Router(tags=["persons"])


class PersonFilters(Schema):
    q: str | None = Field(None, max_length=100, description="Part of a name, any case.")
    cursor: str | None = Field(None, max_length=400)
    limit: int = Field(paging.DEFAULT_LIMIT, ge=1, le=paging.MAX_LIMIT)


def _persons() -> Any:
    return PERSONS.visible()


def _summary(p: Person) -> dict[str, Any]:
    return {
        "id": p.pk,
        "name": p.name,
        "tag_name": p.tag_name,
        "catalog_id": p.catalog_id,
        "event_count": p.event_count,  # type: ignore[attr-defined]
        "turn_count": p.turn_count,  # type: ignore[attr-defined]
    }


@router.get("/persons", response={200: PersonPage, **ERRORS}, summary="List persons")
def list_persons(request: HttpRequest, filters: Query[PersonFilters]) -> Any:
    persons = _persons()
    if filters.q:
        text = filters.q.replace("\x00", "")
        persons = persons.filter(Q(name__icontains=text) | Q(tag_name__icontains=text))
    rows, next_cursor = PERSONS.page(persons, filters.cursor, filters.limit)
    return {"items": [_summary(p) for p in rows], "next_cursor": next_cursor}


@router.get("/persons/{id}", response={200: PersonDetail, **ERRORS}, summary="One person")
def get_person(request: HttpRequest, id: Path[Id]) -> Any:
    person = PERSONS.one(_persons(), id, "person")
    return {
        **_summary(person),
        "biography": person.biography,
        "word_count": words_spoken(person.pk),
        "names": [{"name": n.name, "kind": n.kind} for n in person.names.order_by("kind", "name")],
        "posts": [
            {"role": p.role, "first_seen": p.first_seen, "last_seen": p.last_seen}
            for p in person.posts.order_by("first_seen", "role")
        ],
    }
