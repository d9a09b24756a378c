from django.apps import AppConfig


class WebsiteConfig(AppConfig):
    name = "pressroom.website"
    label = "website"
