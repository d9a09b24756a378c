"""Public ids for events written in the desk."""

from __future__ import annotations

from django.db.models import Max

from pressroom.events import models as m
from pressroom.events.identity import GENERATED_ID_BASE


def next_number(language: str = "en") -> int:
    """The next id after the highest the archive holds (ids generated for imports excluded).

    Shared by both languages, so a translation written later can take the same id.
    """
    native = m.Event.objects.filter(number__lt=GENERATED_ID_BASE)
    highest = native.aggregate(top=Max("number"))["top"]
    return (highest or 0) + 1


def is_free(number: int, language: str) -> bool:
    return not m.Event.objects.filter(number=number, language=language).exists()
