from django.urls import path

from pressroom.website import views

urlpatterns = [
    path("", views.home, name="home"),
    path("events/president/news", views.home, name="news"),
    path("events/president/news/<int:number>", views.event_page, name="event"),
    path("events/president/news/copy/<int:number>", views.text_version, name="text-version"),
]
