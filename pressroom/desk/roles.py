"""The desk's roles as Django groups, and the permissions that enforce the workflow.

The data migration ``0002_roles`` creates the groups from these tables; the tests
read them too, so a role's rights are written down once.
"""

from __future__ import annotations

from typing import Any

AUTHOR = "author"
EDITOR = "editor"
PUBLISHER = "publisher"
ADMINISTRATOR = "administrator"
ROLES = (AUTHOR, EDITOR, PUBLISHER, ADMINISTRATOR)

#: Custom permissions on events.Event; enforced by every desk view and bulk action.
PUBLISH = "events.publish_event"
WITHDRAW = "events.withdraw_event"
SCHEDULE = "events.schedule_event"
EDIT_PUBLIC = "events.edit_public_event"
RESTORE = "desk.restore_revision"

CUSTOM_EVENT_PERMISSIONS: dict[str, str] = {
    "publish_event": "Can publish an event now, or publish a withdrawn one again",
    "withdraw_event": "Can withdraw a published event from the public site",
    "schedule_event": "Can schedule an event for publication, or return it to draft",
    "edit_public_event": "Can edit an event that is scheduled, published or withdrawn",
}

_EVENT_ROWS = ("block", "photo", "relatedlink", "eventsection", "eventperson", "eventtopic",
               "eventplace")  # fmt: skip


def _crud(app: str, model: str, *actions: str) -> list[str]:
    return [f"{app}.{action}_{model}" for action in actions]


def _author() -> list[str]:
    perms = _crud("events", "event", "view", "add", "change")
    for model in _EVENT_ROWS:
        perms += _crud("events", model, "view", "add", "change", "delete")
    perms += _crud("people", "person", "view", "add")
    for model in ("topic", "place", "section"):
        perms += _crud("taxonomy", model, "view")
    perms += _crud("desk", "revision", "view")
    return perms


def _editor() -> list[str]:
    perms = _author()
    perms += ["events.delete_event", "events.schedule_event", "events.edit_public_event"]
    perms += ["desk.restore_revision", "desk.view_auditentry"]
    perms += _crud("people", "person", "change")
    for model in ("personname", "post"):
        perms += _crud("people", model, "view", "add", "change", "delete")
    for model in ("topic", "place", "section"):
        perms += _crud("taxonomy", model, "add", "change")
    return perms


def _publisher() -> list[str]:
    perms = ["events.view_event", "events.publish_event", "events.withdraw_event",
             "events.schedule_event"]  # fmt: skip
    for model in _EVENT_ROWS:
        perms += _crud("events", model, "view")
    perms += _crud("people", "person", "view")
    perms += _crud("desk", "revision", "view") + _crud("desk", "auditentry", "view")
    return perms


#: Each role's permissions as "app_label.codename"; the administrator gets every one.
ROLE_PERMISSIONS: dict[str, list[str]] = {
    AUTHOR: _author(),
    EDITOR: _editor(),
    PUBLISHER: _publisher(),
}


def sync_roles(apps: Any, *, reset: bool = False) -> None:
    """Create the groups and custom permissions that are missing (all of them, on ``reset``).

    Takes an app registry, so the data migration passes its historical one. Existing
    groups keep an administrator's changes unless ``reset``; the administrator group
    always gets every permission.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        # Default permissions are normally made after all migrations; the groups need them now.
        had_models = getattr(app_config, "models_module", None)
        app_config.models_module = had_models or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = had_models
    content_type = apps.get_model("contenttypes", "ContentType")
    permission = apps.get_model("auth", "Permission")
    group_model = apps.get_model("auth", "Group")
    event_type, _ = content_type.objects.get_or_create(app_label="events", model="event")
    for codename, name in CUSTOM_EVENT_PERMISSIONS.items():
        permission.objects.update_or_create(
            content_type=event_type, codename=codename, defaults={"name": name}
        )
    for role, names in ROLE_PERMISSIONS.items():
        group, created = group_model.objects.get_or_create(name=role)
        if created or reset:
            group.permissions.set([_permission(permission, name) for name in names])
    admin, _ = group_model.objects.get_or_create(name=ADMINISTRATOR)
    admin.permissions.set(permission.objects.all())


def _permission(permission: Any, name: str) -> Any:
    app_label, codename = name.split(".")
    return permission.objects.get(content_type__app_label=app_label, codename=codename)
