"""Statistics pages under /stats (docs/stats.md); their data is served by the API's /stats."""

from __future__ import annotations

from django.urls import path

from pressroom.stats import views

urlpatterns = [
    path("stats", views.overview, name="stats"),
    path("stats/events/<int:number>", views.event, name="stats-event"),
    path("stats/persons/<int:pk>", views.person, name="stats-person"),
    path("stats/topics/<int:pk>", views.topic, name="stats-topic"),
    path("stats/places/<int:pk>", views.place, name="stats-place"),
    path("stats/network", views.network, name="stats-network"),
]
