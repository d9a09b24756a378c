from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "pressroom.taxonomy"
    label = "taxonomy"
