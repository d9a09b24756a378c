from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "pressroom.api"
    label = "api"
