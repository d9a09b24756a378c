from django.apps import AppConfig


class StatsConfig(AppConfig):
    name = "pressroom.stats"
    label = "stats"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        # A migration of the events' tables may have dropped the statistics triggers.
        post_migrate.connect(_ensure_triggers, sender=self, dispatch_uid="stats-triggers")


def _ensure_triggers(using: str = "default", **_: object) -> None:
    from django.db import connections

    from pressroom.stats.triggers import ensure

    ensure(connections[using])
