from django.urls import path

from pressroom.api.api import api

urlpatterns = [path("api/v1/", api.urls)]
