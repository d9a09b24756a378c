from typing import Any

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "pressroom.search"
    label = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from pressroom.core.indexes import restore_after_migrate
        from pressroom.search import signals  # noqa: F401  (connects the index to the events)
        from pressroom.search.schema import SQL_INDEXES

        # The FTS5 triggers call it on every write of an index row.
        connection_created.connect(_register_functions, dispatch_uid="search-functions")

        # A migration that rebuilds a table on SQLite drops the indexes made with SQL.
        restore_after_migrate(self, SQL_INDEXES)


def _register_functions(connection: Any, **_: Any) -> None:
    if connection.vendor != "sqlite":
        return
    from pressroom.search.schema import PAIRS_FUNCTION, pairs

    connection.connection.create_function(PAIRS_FUNCTION, 1, pairs, deterministic=True)
