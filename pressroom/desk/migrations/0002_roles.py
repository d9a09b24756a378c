"""Create the desk's roles (author, editor, publisher, administrator) and their permissions."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.management import create_permissions
from django.db import migrations

from pressroom.desk.roles import ADMINISTRATOR, CUSTOM_EVENT_PERMISSIONS, ROLE_PERMISSIONS


def create_roles(apps: Any, schema_editor: Any) -> None:
    # Default permissions are normally made after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    event_type, _ = ContentType.objects.get_or_create(app_label="events", model="event")
    for codename, name in CUSTOM_EVENT_PERMISSIONS.items():
        Permission.objects.update_or_create(
            content_type=event_type, codename=codename, defaults={"name": name}
        )
    for role, names in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set([_permission(Permission, name) for name in names])
    admin, _ = Group.objects.get_or_create(name=ADMINISTRATOR)
    admin.permissions.set(Permission.objects.all())


def _permission(Permission: Any, name: str) -> Any:
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def remove_roles(apps: Any, schema_editor: Any) -> None:
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[*ROLE_PERMISSIONS, ADMINISTRATOR]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("desk", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("events", "0001_initial"),
        ("people", "0001_initial"),
        ("taxonomy", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
