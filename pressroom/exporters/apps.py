from django.apps import AppConfig


class ExportersConfig(AppConfig):
    name = "pressroom.exporters"
    label = "exporters"
