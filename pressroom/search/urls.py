from django.urls import path

from pressroom.search import views

urlpatterns = [
    path("search", views.search_page, name="search"),
    path("search/feed", views.SearchFeed(), name="search-feed"),
]
