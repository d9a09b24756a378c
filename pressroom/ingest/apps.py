from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "pressroom.ingest"
    label = "ingest"
