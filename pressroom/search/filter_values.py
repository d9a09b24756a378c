"""Filter values to catalog ids: a speaker by any of their names, a topic by name...

A value is compared in its folded form (case, spaces, accents; ё = е), so
``speaker:"vladimir putin"``, ``speaker:"Putin Vladimir"`` and ``speaker:Путин``
(when that form is known) name the same person. A value naming nobody exactly
falls back to whole words of a name: ``speaker:putin``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.db.models import Q

from pressroom.core.sql import reading
from pressroom.people.models import Person, PersonName
from pressroom.taxonomy.models import Place, Section, Topic
from pressroom.textformat.names import normalize

MAX_MATCHES = 50


def _words_match(value: str, names: Iterable[str]) -> bool:
    pattern = re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)")
    return any(pattern.search(n) for n in names)


#: A person by a known form of their name, or by their name or tag name in any case
#: (``UPPER`` is what Django's ``iexact`` compares on PostgreSQL; on SQLite both it and
#: ``LIKE`` fold ASCII only). One statement: this runs before every speaker search.
_EXACT_PERSON = (
    f"SELECT person_id FROM {PersonName._meta.db_table} WHERE normalized = %s "
    f"UNION SELECT id FROM {Person._meta.db_table} "
    "WHERE UPPER(name) = UPPER(%s) OR UPPER(tag_name) = UPPER(%s) LIMIT %s"
)


def persons(value: str) -> set[int]:
    norm = normalize(value)
    with reading(PersonName).cursor() as cursor:
        cursor.execute(_EXACT_PERSON, [norm, value, value, MAX_MATCHES * 2])
        found = {int(pk) for (pk,) in cursor.fetchall()}
    if found:
        return found
    partial = PersonName.objects.filter(normalized__contains=norm).values_list(
        "person_id", "normalized"
    )
    for person_id, name in partial[: MAX_MATCHES * 4]:
        if _words_match(norm, [name]):
            found.add(person_id)
    for person_id, name, tag in Person.objects.filter(
        Q(name__icontains=value) | Q(tag_name__icontains=value)
    ).values_list("id", "name", "tag_name")[: MAX_MATCHES * 4]:
        if _words_match(norm, [normalize(name), normalize(tag)]):
            found.add(person_id)
    return set(sorted(found)[:MAX_MATCHES])


def _named(rows: Iterable[tuple[int, str, str]], value: str) -> set[int]:
    norm = normalize(value)
    return {
        pk
        for pk, name, code in rows
        if normalize(name) == norm or (code and normalize(code) == norm)
    }


def topics(value: str) -> set[int]:
    return _named(Topic.objects.values_list("id", "name", "catalog_id"), value)


def places(value: str) -> set[int]:
    """A country or region by name, or by its code (``place:KZ``)."""
    return _named(Place.objects.values_list("id", "name", "catalog_id"), value)


def sections(value: str) -> set[int]:
    return _named(Section.objects.values_list("id", "name", "slug"), value)


RESOLVERS = {
    "speaker": persons,
    "person": persons,
    "topic": topics,
    "place": places,
    "section": sections,
}
