from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "pressroom.ingest"
    label = "ingest"

    def ready(self) -> None:
        # Registers every reader; dispatch only looks them up, as the archive reader
        # dispatches its members: no import cycle between the two.
        from pressroom.ingest import formats  # noqa: F401
