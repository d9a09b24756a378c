from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "pressroom.search"
    label = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        from pressroom.search import signals  # noqa: F401  (connects the index to the events)
