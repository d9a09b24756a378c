from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "pressroom.core"
    label = "core"

    def ready(self) -> None:
        from pressroom.core import checks  # noqa: F401  (registers the system checks)
