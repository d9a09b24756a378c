"""Topics, places and publication sections: the tags an event is filed under."""

from __future__ import annotations

from django.db import models


class UrlKey:
    """Topics and places are addressed by the source site's id, else by ours."""

    catalog_id: str
    pk: int

    @property
    def url_key(self) -> str:
        return self.catalog_id or str(self.pk)


class Topic(UrlKey, models.Model):
    language = models.CharField(max_length=2, default="en", help_text="Language of the name.")
    name = models.CharField(max_length=300, help_text="The topic as printed: 'Foreign policy'.")
    catalog_id = models.CharField(max_length=40, blank=True, help_text="The source keyword id.")

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["language", "name"], name="unique_topic")]

    def __str__(self) -> str:
        return self.name


class Place(UrlKey, models.Model):
    class Kind(models.TextChoices):
        COUNTRY = "country", "Country"
        REGION = "region", "Russian region"
        UNKNOWN = "", "Unknown"

    language = models.CharField(max_length=2, default="en", help_text="Language of the name.")
    name = models.CharField(max_length=300, help_text="As printed in Geography: 'Kazakhstan'.")
    kind = models.CharField(max_length=10, choices=Kind.choices, blank=True)
    catalog_id = models.CharField(
        max_length=40,
        blank=True,
        help_text="ISO 3166 alpha-2 for a country, the site's region code.",
    )

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["language", "name"], name="unique_place")]

    def __str__(self) -> str:
        return self.name


class Section(models.Model):
    language = models.CharField(max_length=2, default="en", help_text="Language of the name.")
    name = models.CharField(max_length=200, help_text="As printed: 'News', 'Transcripts'.")
    slug = models.SlugField(max_length=100, help_text="URL segment: /events/president/<slug>.")

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["language", "name"], name="unique_section")]

    def __str__(self) -> str:
        return self.name
