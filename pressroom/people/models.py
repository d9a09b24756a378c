"""Popolo-like persons: one person, the many names they are printed under."""

from __future__ import annotations

from django.apps import apps
from django.db import models
from django.db.models import Exists, OuterRef


class PersonQuerySet(models.QuerySet["Person"]):
    def public(self) -> PersonQuerySet:
        """Persons tagged on, or speaking in, at least one event a reader may see: no
        name leaks from a draft. (The events app is above this one: no import of it.)"""
        published = apps.get_model("events", "Event").objects.published()
        tagged = published.filter(eventperson__person=OuterRef("pk"))
        spoke = published.filter(blocks__person=OuterRef("pk"))
        return self.filter(Exists(tagged) | Exists(spoke))


class Person(models.Model):
    """A person who appears in events: tagged, mentioned or speaking."""

    #: Kept equal to the source site's catalog id where known, so that
    #: /catalog/persons/<id>/ links of a migrated archive keep working.
    id = models.BigAutoField(primary_key=True)
    name = models.CharField(
        max_length=300, help_text="Display name, given name first: 'Kassym-Jomart Tokayev'."
    )
    tag_name = models.CharField(
        max_length=300,
        unique=True,
        help_text="The catalog form, surname first, as in a Persons tag: 'Tokayev Kassym-Jomart'.",
    )
    catalog_id = models.CharField(
        max_length=40, blank=True, db_index=True, help_text="The source site's person id."
    )
    biography = models.TextField(blank=True, help_text="A short biography, when known.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["tag_name"]

    def __str__(self) -> str:
        return self.tag_name


class PersonName(models.Model):
    """A form under which a person was printed: tag, speaker label, other language."""

    class Kind(models.TextChoices):
        TAG = "tag", "Persons tag (Surname Given)"
        FULL = "full", "Full name (Given Surname)"
        LABEL = "label", "Speaker label"
        OTHER = "other", "Other name or language form"

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(max_length=300, help_text="The name exactly as printed.")
    normalized = models.CharField(
        max_length=300, db_index=True, help_text="Case- and space-folded form used to match."
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    #: Mappings an editor made are never overwritten by an import.
    by_editor = models.BooleanField(default=False, help_text="Set by an editor, kept on re-import.")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["normalized", "kind"], name="unique_person_name_form")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.kind})"


class Post(models.Model):
    """A post a person held, with dates when known (Popolo membership, simplified)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="posts")
    role = models.CharField(
        max_length=300, help_text="The title as printed: 'President of Kazakhstan'."
    )
    first_seen = models.DateField(
        null=True, blank=True, help_text="Earliest event with this title."
    )
    last_seen = models.DateField(null=True, blank=True, help_text="Latest event with this title.")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "role"], name="unique_person_post")
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.role}"
