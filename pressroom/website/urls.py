"""The public site's URLs, compatible with the source site's (docs/website.md lists them)."""

from __future__ import annotations

from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from django.urls.resolvers import URLPattern

from pressroom.website import catalog_pages, display, event, feeds, lists, sitemaps

_BY_DATE = r"by-date/(?P<day>\d{2})\.(?P<month>\d{2})\.(?P<year>\d{4})$"


def _list_patterns(prefix: str, base: str) -> list[URLPattern]:
    """Lists, day archive, calendar and feed of the whole archive ("all") or of a "section"."""
    return [
        path(prefix, lists.event_list, name=base),
        path(f"{prefix}/page/<int:page>", lists.event_list, name=f"{base}-page"),
        path(f"{prefix}/feed", feeds.SectionFeed(), name=f"{base}-feed"),
        re_path(
            "^" + prefix.replace("<str:slug>", r"(?P<slug>[^/]+)") + "/" + _BY_DATE,
            lists.DayArchive.as_view(),
            name=f"{base}-day",
        ),
        path(f"{prefix}/calendar/<int:year>", lists.YearCalendar.as_view(), name=f"{base}-year"),
        path(
            f"{prefix}/calendar/<int:year>/<int:month>",
            lists.MonthCalendar.as_view(),
            name=f"{base}-month",
        ),
    ]


def _catalog_patterns(kind: str, key: str, feed: type) -> list[URLPattern]:
    """Events filed under one person, topic or place: list, pages and feed."""
    view = getattr(catalog_pages, f"{kind}_events")
    return [
        path(f"<{key}:key>/events", view, name=f"{kind}-events"),
        path(f"<{key}:key>/events/page/<int:page>", view, name=f"{kind}-events-page"),
        path(f"<{key}:key>/events/feed", feed(), name=f"{kind}-feed"),
    ]


_event_pages = [
    path("<int:number>", event.event_page, name="event"),
    path("<int:number>/print", event.print_page, name="event-print"),
    path("<int:number>/photos", event.photos_page, name="event-photos"),
]

urlpatterns = [
    path("", lists.event_list, name="home"),
    # Event pages come before section lists so that "news/<id>" is an event.
    path("events/president/news/", include(_event_pages)),
    path("events/president/transcripts/<int:number>", event.event_page, name="event-transcripts"),
    path("events/president/news/copy/<int:number>", event.text_version, name="text-version"),
    path("d/<int:number>", event.direct_link, name="direct-link"),
    *_list_patterns("events/all", "all"),
    *_list_patterns("events/president/<str:slug>", "section"),
    path("catalog/persons/", catalog_pages.persons_index, name="persons"),
    path("catalog/persons/page/<int:page>", catalog_pages.persons_index, name="persons-page"),
    path("catalog/persons/<int:key>/biography", catalog_pages.person_biography, name="biography"),
    path("catalog/persons/", include(_catalog_patterns("person", "int", feeds.PersonFeed))),
    path("catalog/keywords/", catalog_pages.topics_index, name="topics"),
    path("catalog/keywords/", include(_catalog_patterns("topic", "str", feeds.TopicFeed))),
    path("catalog/countries/", catalog_pages.countries_index, name="countries"),
    path("catalog/countries/", include(_catalog_patterns("country", "str", feeds.CountryFeed))),
    path("catalog/regions/", catalog_pages.regions_index, name="regions"),
    path("catalog/regions/", include(_catalog_patterns("region", "str", feeds.RegionFeed))),
    path("display/<str:mode>", display.switch, name="display"),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": sitemaps.SITEMAPS}, name="sitemap"),
    # Named as Django's sitemap view, whose index links to it by that name.
    path(
        "sitemap-<section>.xml",
        sitemaps.sitemap_page,
        name="django.contrib.sitemaps.views.sitemap",
    ),
]
