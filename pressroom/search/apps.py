from typing import Any

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "pressroom.search"
    label = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from pressroom.search import signals  # noqa: F401  (connects the index to the events)

        # A migration that rebuilds an index row table on SQLite drops its indexes.
        post_migrate.connect(_ensure_covering, sender=self, dispatch_uid="search-covering")


def _ensure_covering(using: str = "default", **_: Any) -> None:
    from django.db import connections

    from pressroom.search.schema import COVERING, ensure_covering

    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    if not set(COVERING) <= set(connection.introspection.table_names()):
        return
    with connection.cursor() as cursor:
        ensure_covering(cursor.execute)
