"""Tables the database keeps in step with the events, for the figures over the whole archive.

Every row here is derived from the events' own rows by triggers (``triggers.py``), so
every write path keeps them right: the store, the desk, bulk inserts, deletions that
cascade, updates made with ``QuerySet.update``, and rolled-back transactions alike.
They record facts about each event whatever its status; which events a reader may see
is still decided at query time (``scope.py``), so a scheduled event becomes visible in
the figures when its time comes, without any write.
"""

from __future__ import annotations

from django.db import models


class Participant(models.Model):
    """A person taking part in an event: tagged in its Persons, speaking a turn, or both."""

    event_id = models.BigIntegerField()
    person_id = models.BigIntegerField()
    #: Person tags of the event naming the person, and turns they speak: the row goes
    #: when both come to zero.
    tags = models.IntegerField(default=0)
    turns = models.IntegerField(default=0)
    #: Words in those turns.
    words = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event_id", "person_id"], name="participant_once")
        ]
        indexes = [models.Index(fields=["person_id", "event_id"], name="participant_by_person")]

    def __str__(self) -> str:
        return f"{self.event_id}: {self.person_id}"


class Copresence(models.Model):
    """Two persons taking part in the same event (``person_a < person_b``)."""

    event_id = models.BigIntegerField()
    person_a = models.BigIntegerField()
    person_b = models.BigIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["event_id", "person_a", "person_b"], name="copresence_once"
            )
        ]
        indexes = [
            models.Index(fields=["person_a", "person_b", "event_id"], name="copresence_by_a"),
            models.Index(fields=["person_b", "person_a", "event_id"], name="copresence_by_b"),
        ]

    def __str__(self) -> str:
        return f"{self.event_id}: {self.person_a}, {self.person_b}"


class SectionYear(models.Model):
    """An event filed under a section, with the event's year (none for a dateless event)."""

    event_id = models.BigIntegerField()
    section_id = models.BigIntegerField()
    year = models.IntegerField(null=True)
    #: Rows of the event's sections naming this section (a section listed twice counts once).
    entries = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event_id", "section_id"], name="sectionyear_once")
        ]
        indexes = [
            models.Index(fields=["year", "section_id", "event_id"], name="sectionyear_by_year")
        ]

    def __str__(self) -> str:
        return f"{self.event_id}: {self.section_id} ({self.year})"


class TranscriptTotal(models.Model):
    """An event's speech turns and the words in them: a row for each event with turns."""

    event_id = models.BigIntegerField(unique=True)
    turns = models.IntegerField(default=0)
    words = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.event_id}: {self.turns} turns"
