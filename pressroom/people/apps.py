from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "pressroom.people"
    label = "people"
