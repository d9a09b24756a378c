from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "pressroom.api"
    label = "api"

    def ready(self) -> None:
        from pressroom.api import signals  # noqa: F401  (connects the tombstone receivers)
        from pressroom.api.indexes import SQL_INDEXES
        from pressroom.core.indexes import restore_after_migrate

        # A migration that rebuilds events_block on SQLite drops the indexes made with SQL.
        restore_after_migrate(self, SQL_INDEXES)
