from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "pressroom.search"
    label = "search"
