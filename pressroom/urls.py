from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from pressroom.core.health import healthz

# A database error outside a view is a 503 too (docs/deployment.md).
handler500 = "pressroom.core.middleware.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("", include("pressroom.stats.urls")),
    path("", include("pressroom.api.urls")),
    path("", include("pressroom.exporters.urls")),
    path("", include("pressroom.search.urls")),
]

# The public site, last: English without a prefix, Russian under /ru/.
urlpatterns += i18n_patterns(
    path("", include("pressroom.website.urls")), prefix_default_language=False
)
