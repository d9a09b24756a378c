from typing import Any

from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "pressroom.api"
    label = "api"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from pressroom.api import signals  # noqa: F401  (connects the tombstone receivers)

        # A migration that rebuilds events_block on SQLite drops the indexes made with SQL.
        post_migrate.connect(_restore_indexes, sender=self, dispatch_uid="api-indexes")


def _restore_indexes(using: str = "default", **_: Any) -> None:
    from pressroom.api.indexes import SQL_INDEXES
    from pressroom.core.indexes import restore

    restore(SQL_INDEXES, using)
