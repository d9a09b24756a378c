"""Create the desk's roles (author, editor, publisher, administrator) and their permissions."""

from __future__ import annotations

from typing import Any

from django.db import migrations

from pressroom.desk.roles import ADMINISTRATOR, ROLE_PERMISSIONS, sync_roles


def create_roles(apps: Any, schema_editor: Any) -> None:
    sync_roles(apps, reset=True)


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
