"""Persons as the store sees them: find or create by tag, resolve labels by known names.

One directory serves a whole import run, caching what it has read, so resolving
thousands of turns costs a handful of queries.
"""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, connection, transaction

from pressroom.people.models import Person, PersonName, Post
from pressroom.people.names import (
    full_to_tag,
    is_anonymous,
    normalize,
    tag_to_full,
)


class PersonDirectory:
    def __init__(self) -> None:
        self._by_tag: dict[str, Person] = {}
        self._by_catalog: dict[str, Person] = {}
        # normalized name -> person id; editor mappings win over everything else.
        self._editor: dict[str, int] = {}
        self._known: dict[str, int] = {}
        self._names_loaded = False
        self._posts: dict[tuple[int, str], Post] = {}

    # -- lookups ---------------------------------------------------------------------

    def _load_names(self) -> None:
        if self._names_loaded:
            return
        for norm, kind, person_id, by_editor in PersonName.objects.values_list(
            "normalized", "kind", "person_id", "by_editor"
        ):
            if by_editor:
                self._editor[norm] = person_id
            elif kind != PersonName.Kind.LABEL or norm not in self._known:
                self._known.setdefault(norm, person_id)
        self._names_loaded = True

    def person(self, person_id: int) -> Person:
        for cached in self._by_tag.values():
            if cached.pk == person_id:
                return cached
        found = Person.objects.get(pk=person_id)
        self._by_tag[found.tag_name] = found
        return found

    def for_tag(self, tag: str, catalog_id: str = "") -> Person:
        """The person a Persons tag names, created on first sight."""
        if catalog_id and catalog_id in self._by_catalog:
            return self._by_catalog[catalog_id]
        person = self._by_tag.get(tag) or self._find_or_create(tag, catalog_id)
        if catalog_id and not person.catalog_id:
            person.catalog_id = catalog_id
            person.save(update_fields=["catalog_id"])
        if person.catalog_id:
            self._by_catalog[person.catalog_id] = person
        self._by_tag[tag] = person
        return person

    def _find_or_create(self, tag: str, catalog_id: str) -> Person:
        if catalog_id:
            found = Person.objects.filter(catalog_id=catalog_id).first()
            if found is not None:
                return found
        found = Person.objects.filter(tag_name=tag).first()
        if found is not None:
            return found
        try:
            with transaction.atomic():
                kwargs: dict[str, object] = {"name": tag_to_full(tag), "tag_name": tag}
                if catalog_id.isdigit() and not Person.objects.filter(pk=int(catalog_id)).exists():
                    # Keep the source site's id as ours, so catalog URLs survive migration.
                    kwargs["id"] = int(catalog_id)
                person = Person.objects.create(catalog_id=catalog_id, **kwargs)
                if "id" in kwargs:
                    _advance_id_sequence()
        except IntegrityError:
            return Person.objects.get(tag_name=tag)
        self._add_name(person, tag, PersonName.Kind.TAG)
        self._add_name(person, tag_to_full(tag), PersonName.Kind.FULL)
        return person

    def resolve_label(self, label: str) -> tuple[Person | None, str]:
        """The person a label names by names already known, and the role printed before it."""
        if is_anonymous(label):
            return None, ""
        self._load_names()
        norm = normalize(label)
        if norm in self._editor:
            return self.person(self._editor[norm]), ""
        if norm in self._known:
            return self.person(self._known[norm]), ""
        words = label.strip().rstrip(":").split()
        # The name is the end of the label; the words before it are the role.
        for size in (3, 2):
            if len(words) > size:
                tail = normalize(" ".join(words[-size:]))
                if tail in self._known:
                    return self.person(self._known[tail]), " ".join(words[:-size])
        return None, ""

    def editor_mapping(self, label: str) -> Person | None:
        self._load_names()
        person_id = self._editor.get(normalize(label))
        return None if person_id is None else self.person(person_id)

    # -- learning --------------------------------------------------------------------

    def remember_label(self, person: Person, label: str, role: str, when: dt.date | None) -> None:
        if is_anonymous(label):
            return
        self._load_names()
        norm = normalize(label)
        if norm not in self._known and norm not in self._editor:
            self._add_name(person, label.strip().rstrip(":").strip(), PersonName.Kind.LABEL)
        if role:
            self._remember_post(person, role, when)

    def _remember_post(self, person: Person, role: str, when: dt.date | None) -> None:
        key = (person.pk, role)
        post = self._posts.get(key)
        if post is None:
            post, created = Post.objects.get_or_create(
                person=person, role=role, defaults={"first_seen": when, "last_seen": when}
            )
            self._posts[key] = post
            if created:
                return
        if when is None:
            return
        first = min(filter(None, (post.first_seen, when)))
        last = max(filter(None, (post.last_seen, when)))
        if (first, last) != (post.first_seen, post.last_seen):
            post.first_seen, post.last_seen = first, last
            post.save(update_fields=["first_seen", "last_seen"])

    def _add_name(self, person: Person, name: str, kind: str) -> None:
        norm = normalize(name)
        if not norm:
            return
        _, created = PersonName.objects.get_or_create(
            normalized=norm, kind=kind, defaults={"person": person, "name": name}
        )
        if created or kind != PersonName.Kind.LABEL:
            self._known.setdefault(norm, person.pk)

    @staticmethod
    def tag_for_name(name: str) -> str:
        return full_to_tag(name)


def _advance_id_sequence() -> None:
    """After an insert with an explicit id, move PostgreSQL's counter past it.

    SQLite picks max(id) + 1 by itself; PostgreSQL's sequence would otherwise
    hand out the same id again later.
    """
    if connection.vendor != "postgresql":
        return
    table = Person._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
        )
