from typing import Any

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "pressroom.search"
    label = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate

        from pressroom.search import signals  # noqa: F401  (connects the index to the events)

        # The FTS5 triggers call it on every write of an index row.
        connection_created.connect(_register_functions, dispatch_uid="search-functions")

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


def _register_functions(connection: Any, **_: Any) -> None:
    if connection.vendor != "sqlite":
        return
    from pressroom.search.schema import PAIRS_FUNCTION, pairs

    connection.connection.create_function(PAIRS_FUNCTION, 1, pairs, deterministic=True)
