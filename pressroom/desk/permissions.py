"""Who may do what to an event: every desk view and bulk action asks here first."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied

from pressroom.desk import roles
from pressroom.events.models import Event, Status


def require(user: Any, permission: str) -> None:
    """Raise PermissionDenied (a 403 in any view) unless ``user`` holds ``permission``."""
    if not (user.is_active and user.has_perm(permission)):
        raise PermissionDenied(f"Needs the permission {permission}.")


def may_edit(user: Any, event: Event | None) -> bool:
    """Authors write drafts; changing what readers see or will see is an editor's right."""
    if not user.has_perm("events.change_event"):
        return False
    if event is None or event.status == Status.DRAFT:
        return True
    return bool(user.has_perm(roles.EDIT_PUBLIC))


def require_edit(user: Any, event: Event) -> None:
    if not may_edit(user, event):
        raise PermissionDenied(f"May not edit event {event.number} while it is {event.status}.")
