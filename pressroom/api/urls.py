from django.urls import path

from pressroom.api import search
from pressroom.api.api import api

urlpatterns = [
    path("api/v1/", api.urls),
    path("search.json", search.former_json, name="search-json"),
]
