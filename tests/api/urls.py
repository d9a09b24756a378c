"""The API and per-event export URLs alone, so these tests do not depend on the website's."""

from django.urls import include, path

urlpatterns = [
    path("", include("pressroom.api.urls")),
    path("", include("pressroom.exporters.urls")),
]
