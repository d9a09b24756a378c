"""Keep tombstones in step with events, whoever changes them (desk, import, shell).

The receivers read what was just written: from the primary, never a lagging replica.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_init, post_save
from django.dispatch import receiver
from django.utils import timezone

from pressroom.api.models import Tombstone
from pressroom.core.routers import primary_only
from pressroom.events.models import Event, is_visible

# The visibility an instance had when it was loaded, to see a change on save.
_WAS_PUBLIC = "_api_was_public"


@receiver(post_init, sender=Event)
def remember_visibility(sender: type[Event], instance: Event, **kwargs: Any) -> None:
    # Read from __dict__: a deferred field must not cost a query per loaded row.
    fields = instance.__dict__
    setattr(instance, _WAS_PUBLIC, is_visible(fields.get("status")))


@receiver(post_save, sender=Event)
@primary_only()
def record_withdrawal(sender: type[Event], instance: Event, created: bool, **kwargs: Any) -> None:
    was_public = getattr(instance, _WAS_PUBLIC, False) and not created
    now_public = instance.is_public
    setattr(instance, _WAS_PUBLIC, now_public)
    if now_public:
        stone = Tombstone.objects.filter(number=instance.number, language=instance.language)
        # Nearly every save has none: a lookup, not the collector a delete() runs.
        if stone.exists():
            stone.delete()
    elif was_public:
        _tombstone(instance, Tombstone.Status.WITHDRAWN)


@receiver(post_delete, sender=Event)
@primary_only()
def record_deletion(sender: type[Event], instance: Event, **kwargs: Any) -> None:
    seen = Tombstone.objects.filter(number=instance.number, language=instance.language)
    # A draft nobody saw leaves no trace; an event readers saw (or a withdrawn one) does.
    if instance.is_public or seen.exists():
        _tombstone(instance, Tombstone.Status.DELETED)


def _tombstone(event: Event, status: str) -> None:
    Tombstone.objects.update_or_create(
        number=event.number,
        language=event.language,
        defaults={"status": status, "changed_at": timezone.now()},
    )
