"""Persons as the store sees them: find or create by tag, resolve labels by known names.

One directory serves a whole import run, caching what it has read, so resolving
thousands of turns costs a handful of queries.
"""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction

from pressroom.core.sql import reset_sequences
from pressroom.people.models import Person, PersonName, Post
from pressroom.textformat.names import (
    is_anonymous,
    normalize,
    tag_to_full,
)


class PersonDirectory:
    def __init__(self) -> None:
        self._by_tag: dict[str, Person] = {}
        self._by_catalog: dict[str, Person] = {}
        self._by_id: dict[int, Person] = {}
        self._persons_loaded = False
        # normalized name -> person id; editor mappings win over everything else.
        self._editor: dict[str, int] = {}
        self._known: dict[str, int] = {}
        # (normalized, kind) of every stored name, so a known form costs no query.
        self._forms: set[tuple[str, str]] = set()
        self._names_loaded = False
        self._posts: dict[tuple[int, str], Post] = {}
        self._posts_loaded = False

    # -- lookups ---------------------------------------------------------------------

    def _load_names(self) -> None:
        if self._names_loaded:
            return
        for norm, kind, person_id, by_editor in PersonName.objects.order_by("pk").values_list(
            "normalized", "kind", "person_id", "by_editor"
        ):
            self._forms.add((norm, kind))
            if by_editor:
                self._editor[norm] = person_id
            else:
                self._known.setdefault(norm, person_id)
        self._names_loaded = True

    def _load_persons(self) -> None:
        """Every person, once: an import meets most of them again and again."""
        if self._persons_loaded:
            return
        # In the model's order (by tag), as a lookup's ``.first()`` would pick.
        for person in Person.objects.all():
            self._cache(person)
        self._persons_loaded = True

    def _cache(self, person: Person) -> None:
        self._by_id[person.pk] = person
        self._by_tag.setdefault(person.tag_name, person)
        if person.catalog_id:
            self._by_catalog.setdefault(person.catalog_id, person)

    def person(self, person_id: int) -> Person:
        self._load_persons()
        found = self._by_id.get(person_id)
        if found is None:
            found = Person.objects.get(pk=person_id)
            self._cache(found)
        return found

    def find(self, tag: str, catalog_id: str = "") -> Person | None:
        """The stored person a tag names (by tag name, else by catalog id); never creates."""
        self._load_persons()
        found = self._by_tag.get(tag)
        if found is None and catalog_id:
            found = self._by_catalog.get(catalog_id)
        return found

    def for_tag(self, tag: str, catalog_id: str = "") -> Person:
        """The person a Persons tag names, created on first sight."""
        self._load_persons()
        if catalog_id and catalog_id in self._by_catalog:
            person = self._by_catalog[catalog_id]
            self._by_tag.setdefault(tag, person)
            return person
        person = self._by_tag.get(tag) or self._create(tag, catalog_id)
        if catalog_id and not person.catalog_id:
            person.catalog_id = catalog_id
            person.save(update_fields=["catalog_id"])
        self._cache(person)
        self._by_tag[tag] = person
        return person

    def _create(self, tag: str, catalog_id: str) -> Person:
        try:
            with transaction.atomic():
                kwargs: dict[str, object] = {"name": tag_to_full(tag), "tag_name": tag}
                if catalog_id.isdigit() and int(catalog_id) not in self._by_id:
                    # Keep the source site's id as ours, so catalog URLs survive migration.
                    kwargs["id"] = int(catalog_id)
                person = Person.objects.create(catalog_id=catalog_id, **kwargs)
                if "id" in kwargs:
                    reset_sequences(Person)
        except IntegrityError:
            # Written meanwhile by someone else (another run, an editor).
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
        if not self._posts_loaded:
            for stored in Post.objects.order_by("pk"):
                self._posts.setdefault((stored.person_id, stored.role), stored)
            self._posts_loaded = True
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
        self._load_names()
        created = False
        if (norm, kind) not in self._forms:
            try:
                with transaction.atomic():
                    PersonName.objects.create(person=person, name=name, normalized=norm, kind=kind)
                created = True
            except IntegrityError:
                pass  # written meanwhile by someone else: theirs stands
            self._forms.add((norm, kind))
        if created or kind != PersonName.Kind.LABEL:
            self._known.setdefault(norm, person.pk)
