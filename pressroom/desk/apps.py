from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _grant_everything_to_administrators(sender: Any, **kwargs: Any) -> None:
    # Apps migrated after the roles were made (axes, later models) bring new permissions.
    from django.contrib.auth.models import Group, Permission

    from pressroom.desk.roles import ADMINISTRATOR

    group = Group.objects.filter(name=ADMINISTRATOR).first()
    if group is not None:
        group.permissions.set(Permission.objects.all())


class DeskConfig(AppConfig):
    name = "pressroom.desk"
    label = "desk"
    verbose_name = "Editors' desk"

    def ready(self) -> None:
        post_migrate.connect(_grant_everything_to_administrators, dispatch_uid="desk-admin-role")
