from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _complete_roles(sender: Any, **kwargs: Any) -> None:
    # After every migrate (and a test database flush): missing groups and custom
    # permissions come back, and administrators get the permissions of newer apps.
    from django.apps import apps

    from pressroom.desk.roles import sync_roles

    sync_roles(apps)


class DeskConfig(AppConfig):
    name = "pressroom.desk"
    label = "desk"
    verbose_name = "Editors' desk"

    def ready(self) -> None:
        post_migrate.connect(_complete_roles, sender=self, dispatch_uid="desk-roles")
