"""sitemap.xml (an index of per-language event sitemaps, sections and persons) and robots.txt."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse

from pressroom.core import addresses
from pressroom.people.models import Person
from pressroom.taxonomy.models import Section
from pressroom.website.cache import cached_page
from pressroom.website.queries import (
    public_persons,
    published,
    section_slug,
    sections_with_events,
)


class EventSitemap(Sitemap):  # type: ignore[type-arg]
    limit = 10000
    changefreq = "never"

    def __init__(self, language: str) -> None:
        self.language = language

    def items(self) -> Any:
        return published(self.language).order_by("number").values_list("number", "updated_at")

    def location(self, item: tuple[int, dt.datetime]) -> str:
        return addresses.event_url(item[0], self.language)

    def lastmod(self, item: tuple[int, dt.datetime]) -> dt.datetime:
        return item[1]

    def get_latest_lastmod(self) -> dt.datetime | None:
        # One aggregate, where the default reads every item of every page.
        latest: dt.datetime | None = published(self.language).aggregate(m=Max("updated_at"))["m"]
        return latest


class SectionSitemap(Sitemap):  # type: ignore[type-arg]
    changefreq = "hourly"

    def items(self) -> list[Section]:
        return sections_with_events("en") + sections_with_events("ru")

    def location(self, item: Section) -> str:
        return addresses.section_url(section_slug(item), item.language)


class PersonSitemap(Sitemap):  # type: ignore[type-arg]
    changefreq = "weekly"
    limit = 10000

    def items(self) -> Any:
        return public_persons().order_by("pk").only("pk")

    def location(self, item: Person) -> str:
        return addresses.person_url(item.pk, "en")


SITEMAPS: dict[str, type[Sitemap] | Sitemap] = {  # type: ignore[type-arg]
    "events-en": EventSitemap("en"),
    "events-ru": EventSitemap("ru"),
    "sections": SectionSitemap(),
    "persons": PersonSitemap(),
}


def sitemap_page(request: HttpRequest, section: str) -> HttpResponse:
    """One page of one sitemap (thousands of addresses), kept in the page cache."""

    def render() -> HttpResponse:
        response = sitemap_views.sitemap(request, sitemaps=SITEMAPS, section=section)
        return response.render() if isinstance(response, TemplateResponse) else response

    return cached_page(request, render, request.GET.get("p", "1")[:10])


def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /display/", f"Sitemap: {sitemap}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
