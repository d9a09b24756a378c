from django.apps import AppConfig


class StatsConfig(AppConfig):
    name = "pressroom.stats"
    label = "stats"
