"""Per-event export URLs; included before the website's, which owns the plain event page."""

from django.urls import path, re_path

from pressroom.exporters import views

urlpatterns = [
    re_path(
        r"^events/president/news/(?P<number>[0-9]{1,18})\.(?P<suffix>json|txt|akn\.xml|tei\.xml|csv)$",
        views.event_export,
        name="event-export",
    ),
    path("events/president/news/<int:number>", views.event_negotiated, name="event-negotiated"),
]
