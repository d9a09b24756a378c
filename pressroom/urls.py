from django.contrib import admin
from django.urls import include, path

from pressroom.core.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("", include("pressroom.website.urls")),
]
