"""Events and everything printed on an event page, one row per block, photo and tag."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import models
from django.db.models import Exists, ExpressionWrapper, F, OuterRef, Q, Value
from django.db.models.functions import Coalesce

from pressroom.people.models import Person
from pressroom.taxonomy.models import Place, Section, Topic


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    SCHEDULED = "scheduled", "Scheduled"
    PUBLISHED = "published", "Published"
    WITHDRAWN = "withdrawn", "Withdrawn"


#: Events without a date or time sort as if at the start of time.
NO_DATE = dt.date(1, 1, 1)
NO_TIME = dt.time(0, 0)


def is_visible(status: str | None) -> bool:
    """What a reader may see: a published event, and nothing else (drafts, withdrawn
    events, and scheduled ones until ``publish-due`` publishes them). The column
    ``Event.visible`` is this rule, kept by the database."""
    return status == Status.PUBLISHED


def visible(prefix: str = "") -> Q:
    """The condition of ``published()``, also for rows that reach an event through
    ``prefix`` (``"event__"``): a join the database can plan, where
    ``event__in=Event.objects.published()`` would gather every public event first.
    """
    return Q(**{f"{prefix}visible": True})


class EventQuerySet(models.QuerySet["Event"]):
    def published(self) -> EventQuerySet:
        """What a reader may see (``is_visible``): the indexed column ``visible``.

        Every public view, feed, sitemap, API and export starts here, so a draft
        cannot leak through a forgotten filter.
        """
        return self.filter(visible())

    def language(self, code: str) -> EventQuerySet:
        return self.filter(language=code)

    def newest_first(self) -> EventQuerySet:
        """The reading order of every list, held by the ``event_public_order`` index."""
        return self.order_by("-sort_date", "-sort_time", "-number")

    def filed_under(self, kind: str, tag: Any) -> EventQuerySet:
        """Events filed under a section, person, topic, place or speaker (``kind``):
        ``tag`` is the row, its id, or a condition on the filing rows
        (``Q(topic__name=...)``)."""
        return self.filter(Exists(tag_rows(kind, tag).filter(event=OuterRef("pk"))))

    def spoken_by(self, person: Any) -> EventQuerySet:
        """Events where ``person`` (a row or its id) speaks a turn."""
        return self.filed_under("speaker", person)

    def dated(self, first: dt.date | None = None, last: dt.date | None = None) -> EventQuerySet:
        """Events on or after ``first`` and on or before ``last`` (either may be None)."""
        events = self if first is None else self.filter(date__gte=first)
        return events if last is None else events.filter(date__lte=last)


def tag_rows(kind: str, tag: Any) -> models.QuerySet[Any]:
    """The rows filing events under ``tag`` (see ``EventQuerySet.filed_under``); a
    speaker's are their turns."""
    if kind == "speaker":
        return Block.objects.filter(kind=Block.Kind.TURN, person=tag)
    through: type[models.Model] = {
        "section": EventSection,
        "person": EventPerson,
        "topic": EventTopic,
        "place": EventPlace,
    }[kind]
    match = tag if isinstance(tag, Q) else Q(**{kind: tag})
    return through._default_manager.filter(match)


class Event(models.Model):
    number = models.BigIntegerField(
        help_text="The public id, shared by the language versions: /events/president/news/<number>."
    )
    language = models.CharField(max_length=2, default="en", help_text="'en' or 'ru'.")
    section_word = models.CharField(max_length=100, default="Events", help_text="Breadcrumb word.")
    title = models.TextField()
    lead = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True, help_text="Moscow date; none for announcements.")
    time = models.TimeField(null=True, blank=True, help_text="Moscow wall-clock time.")
    place = models.CharField(max_length=500, blank=True)
    sort_date = models.GeneratedField(
        expression=Coalesce(F("date"), Value(NO_DATE, output_field=models.DateField())),
        output_field=models.DateField(),
        db_persist=True,
        help_text="The date in the reading order: none sorts as the start of time.",
    )
    sort_time = models.GeneratedField(
        expression=Coalesce(F("time"), Value(NO_TIME, output_field=models.TimeField())),
        output_field=models.TimeField(),
        db_persist=True,
        help_text="The time in the reading order: none sorts as midnight.",
    )
    gallery_size = models.PositiveIntegerField(
        null=True, blank=True, help_text="Photos the page announces ('1 of N'); none: no gallery."
    )

    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    publish_at = models.DateTimeField(
        null=True, blank=True, help_text="When a scheduled event goes live."
    )
    visible = models.GeneratedField(
        expression=ExpressionWrapper(
            Q(status=Status.PUBLISHED), output_field=models.BooleanField()
        ),
        output_field=models.BooleanField(),
        db_persist=True,
        help_text="Whether readers see it (is_visible): kept by the database from the status.",
    )
    incomplete = models.BooleanField(
        default=False, help_text="'To be continued': the transcript is still being published."
    )
    sections: models.ManyToManyField[Section, EventSection] = models.ManyToManyField(
        Section, through="EventSection", related_name="events"
    )
    publication_date = models.DateField(null=True, blank=True)
    publication_time = models.TimeField(null=True, blank=True)
    direct_link = models.CharField(max_length=200, blank=True, help_text="As printed, no scheme.")

    persons: models.ManyToManyField[Person, EventPerson] = models.ManyToManyField(
        Person, through="EventPerson", related_name="events"
    )
    topics: models.ManyToManyField[Topic, EventTopic] = models.ManyToManyField(
        Topic, through="EventTopic", related_name="events"
    )
    places: models.ManyToManyField[Place, EventPlace] = models.ManyToManyField(
        Place, through="EventPlace", related_name="events"
    )

    # Provenance.
    source_format = models.CharField(max_length=20, blank=True)
    source_url = models.CharField(max_length=1000, blank=True)
    source_hash = models.CharField(max_length=64, blank=True, help_text="Hash of the source bytes.")
    source_key = models.CharField(
        max_length=64,
        blank=True,
        db_index=True,
        help_text="Recognises a re-import of an event that has no id (docs/import.md).",
    )
    source_modified = models.DateTimeField(null=True, blank=True)
    translation_url = models.CharField(max_length=1000, blank=True)
    document_hash = models.CharField(
        max_length=64, blank=True, help_text="Hash of the stored Document: unchanged imports skip."
    )
    locked_fields = models.JSONField(
        default=list, blank=True, help_text="Fields an editor changed, kept on re-import."
    )
    final_newline = models.BooleanField(default=True, help_text="Text version layout.")
    first_imported = models.DateTimeField(null=True, blank=True)
    last_imported = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-time", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["number", "language"], name="unique_event_number")
        ]
        indexes = [
            # The reading order of the public lists: one walk gives a page, whatever its depth
            # (in a language; in both, for the API; turns by event without the time). Partial:
            # the queries test ``visible`` as a bare condition, which only a partial index
            # on it serves (and holds only what readers see).
            models.Index(
                fields=["language", "sort_date", "sort_time", "number"],
                condition=Q(visible=True),
                name="event_public_order",
            ),
            models.Index(
                fields=["sort_date", "sort_time", "number", "language"],
                condition=Q(visible=True),
                name="event_public_order_all",
            ),
            models.Index(
                fields=["sort_date", "number", "language"],
                condition=Q(visible=True),
                name="event_turn_order",
            ),
            # Covers the statistics' visible-events scans.
            models.Index(
                fields=["language", "date"], condition=Q(visible=True), name="event_stats_scope"
            ),
            # Scheduled events falling due (publish-due asks every minute).
            models.Index(
                fields=["publish_at"],
                condition=Q(status=Status.SCHEDULED),
                name="event_scheduled_due",
            ),
            # The reading order whatever the status (the desk's list).
            models.Index(fields=["language", "date", "time", "number"], name="event_reading_order"),
        ]

    def __str__(self) -> str:
        return f"{self.number}: {self.title}"

    @property
    def is_public(self) -> bool:
        return is_visible(self.status)


class Block(models.Model):
    """A body block: narrative paragraph, speech turn, omission or separator.

    A speech turn is one row, whatever its number of paragraphs, keeping the
    label as printed next to the person it was resolved to.
    """

    class Kind(models.TextChoices):
        NARRATIVE = "narrative", "Narrative"
        TURN = "turn", "Speech turn"
        OMISSION = "omission", "Omission"
        SEPARATOR = "separator", "Separator"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="blocks")
    position = models.PositiveIntegerField(help_text="Order in the body, from 0.")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    text = models.TextField(blank=True, help_text="Paragraphs, one per line.")
    mentions = models.JSONField(
        null=True, blank=True, help_text="Inline person links per paragraph, when any."
    )
    label = models.CharField(max_length=500, blank=True, help_text="The speaker label as printed.")
    label_layout = models.CharField(max_length=10, blank=True)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="turns"
    )
    role = models.CharField(max_length=500, blank=True, help_text="Title printed before the name.")
    word_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["event", "position"]
        constraints = [
            models.UniqueConstraint(fields=["event", "position"], name="unique_block_position")
        ]
        indexes = [
            models.Index(fields=["person", "kind"]),
            # Covers the statistics over speech turns: who spoke where, how much, longest first.
            models.Index(
                fields=["kind", "person", "word_count", "event"], name="block_stats_longest"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event_id}#{self.position} {self.kind}"

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split("\n") if self.text else []


class Photo(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="photos")
    position = models.PositiveIntegerField()
    caption = models.TextField(blank=True)
    credit = models.CharField(max_length=500, blank=True)
    image_url = models.CharField(max_length=1000, blank=True)
    thumbnail_url = models.CharField(max_length=1000, blank=True)
    agency = models.BooleanField(
        default=False, help_text="Credited to a news agency: outside the site's CC BY licence."
    )
    source_id = models.CharField(max_length=40, blank=True)
    image = models.ImageField(upload_to="photos/%Y/%m/", blank=True)

    class Meta:
        ordering = ["event", "position"]

    def __str__(self) -> str:
        return self.caption or f"photo {self.position}"


class RelatedLink(models.Model):
    class Kind(models.TextChoices):
        SEE_ALSO = "see_also", "See also"
        ADDITIONAL = "additional", "Additional"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="related_links")
    position = models.PositiveIntegerField()
    group = models.PositiveIntegerField(help_text="Which heading block, in order, from 0.")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    title = models.TextField()
    date = models.DateField(null=True, blank=True)
    target_number = models.BigIntegerField(null=True, blank=True)
    url = models.CharField(max_length=1000, blank=True)

    class Meta:
        ordering = ["event", "position"]

    def __str__(self) -> str:
        return self.title


class EventSection(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE)
    section = models.ForeignKey(Section, on_delete=models.PROTECT)
    position = models.PositiveIntegerField()

    class Meta:
        ordering = ["position"]
        # Both directions covered: an event's sections (statistics), a section's events (lists).
        indexes = [
            models.Index(fields=["event", "section"], name="eventsection_by_event"),
            models.Index(fields=["section", "event"], name="eventsection_by_section"),
        ]

    def __str__(self) -> str:
        return f"{self.event_id}: {self.section_id}"


class EventPerson(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE)
    person = models.ForeignKey(Person, on_delete=models.PROTECT)
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=300, help_text="The tag as printed on this event.")

    class Meta:
        ordering = ["position"]
        # Both directions covered: a tag's events, an event's tags (statistics).
        indexes = [
            models.Index(fields=["person", "event"], name="eventperson_by_person"),
            models.Index(fields=["event", "person"], name="eventperson_by_event"),
        ]

    def __str__(self) -> str:
        return f"{self.event_id}: {self.person_id}"


class EventTopic(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE)
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT)
    position = models.PositiveIntegerField()

    class Meta:
        ordering = ["position"]
        # Both directions covered: a tag's events, an event's tags (statistics).
        indexes = [
            models.Index(fields=["topic", "event"], name="eventtopic_by_topic"),
            models.Index(fields=["event", "topic"], name="eventtopic_by_event"),
        ]

    def __str__(self) -> str:
        return f"{self.event_id}: {self.topic_id}"


class EventPlace(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE)
    place = models.ForeignKey(Place, on_delete=models.PROTECT)
    position = models.PositiveIntegerField()

    class Meta:
        ordering = ["position"]
        # Both directions covered: a tag's events, an event's tags (statistics).
        indexes = [
            models.Index(fields=["place", "event"], name="eventplace_by_place"),
            models.Index(fields=["event", "place"], name="eventplace_by_event"),
        ]

    def __str__(self) -> str:
        return f"{self.event_id}: {self.place_id}"
