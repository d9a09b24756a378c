"""Statistics pages under /stats and their data under /api/v1/stats/ (docs/stats.md)."""

from __future__ import annotations

from django.urls import path, register_converter

from pressroom.stats import api, views


class FormatConverter:
    regex = "json|csv"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(FormatConverter, "statsformat")

urlpatterns = [
    path("stats", views.overview, name="stats"),
    path("stats/persons/<int:pk>", views.person, name="stats-person"),
    path("stats/topics/<int:pk>", views.topic, name="stats-topic"),
    path("stats/places/<int:pk>", views.place, name="stats-place"),
    path("stats/network", views.network, name="stats-network"),
    path("api/v1/stats", api.index, name="stats-api"),
    path("api/v1/stats/", api.index),
    path("api/v1/stats/archive/<slug:name>.<statsformat:fmt>", api.archive_figure),
    path("api/v1/stats/persons/<int:pk>/<slug:name>.<statsformat:fmt>", api.person_figure),
    path("api/v1/stats/topics/<int:pk>/<slug:name>.<statsformat:fmt>", api.topic_figure),
    path("api/v1/stats/places/<int:pk>/<slug:name>.<statsformat:fmt>", api.place_figure),
    path("api/v1/stats/network.json", api.network, name="stats-api-network"),
    path("api/v1/stats/network/<slug:part>.<statsformat:fmt>", api.network_table),
    path(
        "api/v1/stats/events/<int:number>/speaking-share.<statsformat:fmt>",
        api.speaking_share,
    ),
]
