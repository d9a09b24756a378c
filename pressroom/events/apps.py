from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "pressroom.events"
    label = "events"
