from django.apps import AppConfig


class StatsConfig(AppConfig):
    name = "pressroom.stats"
    label = "stats"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_migrate, post_save

        from pressroom.events.models import Event
        from pressroom.events.signals import document_saved
        from pressroom.people.models import Person
        from pressroom.stats.version import forget_version

        # Any change to what figures count makes this process read the version again.
        document_saved.connect(forget_version, dispatch_uid="stats-document-saved")
        for model in (Event, Person):
            post_save.connect(forget_version, sender=model, dispatch_uid=f"stats-save-{model}")
            post_delete.connect(forget_version, sender=model, dispatch_uid=f"stats-del-{model}")
        # A migration of the events' tables may have dropped the statistics triggers.
        post_migrate.connect(_ensure_triggers, sender=self, dispatch_uid="stats-triggers")


def _ensure_triggers(using: str = "default", **_: object) -> None:
    from django.db import connections

    from pressroom.stats.triggers import ensure

    ensure(connections[using])
