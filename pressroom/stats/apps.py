from django.apps import AppConfig


class StatsConfig(AppConfig):
    name = "pressroom.stats"
    label = "stats"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from pressroom.events.models import Event
        from pressroom.events.signals import document_saved
        from pressroom.people.models import Person
        from pressroom.stats.version import forget_version

        # Any change to what figures count makes this process read the version again.
        document_saved.connect(forget_version, dispatch_uid="stats-document-saved")
        for model in (Event, Person):
            post_save.connect(forget_version, sender=model, dispatch_uid=f"stats-save-{model}")
            post_delete.connect(forget_version, sender=model, dispatch_uid=f"stats-del-{model}")
