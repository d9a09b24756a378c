from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "pressroom.events"
    label = "events"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from pressroom.events.models import Event
        from pressroom.events.signals import document_saved
        from pressroom.events.version import forget_version
        from pressroom.people.models import Person

        # Any change to what pages and figures show makes this process read the version again.
        document_saved.connect(forget_version, dispatch_uid="events-version-document-saved")
        for model in (Event, Person):
            uid = f"events-version-{model._meta.label}"
            post_save.connect(forget_version, sender=model, dispatch_uid=f"{uid}-saved")
            post_delete.connect(forget_version, sender=model, dispatch_uid=f"{uid}-deleted")
