"""Names for the ids a figure counted: one query per figure, never one per row."""

from __future__ import annotations

from collections.abc import Iterable

from pressroom.people.models import Person


def person_names(ids: Iterable[int]) -> dict[int, str]:
    return dict(Person.objects.filter(pk__in=set(ids)).values_list("pk", "name"))
