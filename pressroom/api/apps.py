from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "pressroom.api"
    label = "api"

    def ready(self) -> None:
        from pressroom.api import signals  # noqa: F401  (connects the tombstone receivers)
