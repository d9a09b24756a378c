"""Event lists: home, sections, their pages, day archives and the calendar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic.dates import DayArchiveView, MonthArchiveView, YearArchiveView

from pressroom.events.models import Event, EventQuerySet
from pressroom.taxonomy.models import Section
from pressroom.website.cache import cached_page
from pressroom.website.calendars import Month, month_grid, weekday_dates
from pressroom.website.paging import page_of
from pressroom.website.queries import (
    in_section,
    listed,
    published,
    section_for,
    section_slug,
    with_marks,
)

_ORDERING = ("-date", "-time", "-number")


@dataclass(frozen=True)
class Scope:
    """The whole archive or one section: which events, and the URLs of their lists."""

    section: Section | None

    @classmethod
    def of(cls, slug: str | None) -> Scope:
        return cls(section_for(slug) if slug else None)

    @property
    def title(self) -> str:
        return self.section.name if self.section else _("All events")

    def events(self) -> EventQuerySet:
        return in_section(published(), self.section)

    def url(self, name: str = "", **kwargs: Any) -> str:
        base = "section" if self.section else "all"
        if self.section:
            kwargs["slug"] = section_slug(self.section)
        return reverse(f"{base}-{name}" if name else base, kwargs=kwargs)

    def day_url(self, day: dt.date) -> str:
        return self.url(
            "day", day=f"{day.day:02d}", month=f"{day.month:02d}", year=f"{day.year:04d}"
        )

    def month_url(self, first: dt.date) -> str:
        return self.url("month", year=first.year, month=first.month)

    def grid(self, first: dt.date, selected: dt.date | None = None) -> Month:
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        days = self.events().filter(date__gte=first, date__lt=last).dates("date", "day")
        return month_grid(first, days, self.day_url, self.month_url(first), selected)


def event_list(request: HttpRequest, slug: str | None = None, page: int = 1) -> HttpResponse:
    return cached_page(request, lambda: _event_list(request, slug, page))


def _event_list(request: HttpRequest, slug: str | None, page: int) -> HttpResponse:
    scope = Scope.of(slug)
    current = page_of(listed(scope.events()), page)
    context = {
        "scope": scope,
        "title": scope.title,
        "page": current,
        "events": with_marks(current.items),
        "is_home": request.resolver_match is not None and request.resolver_match.url_name == "home",
        "feed_url": scope.url("feed"),
        "calendar_url": _latest_year_url(scope, current.items),
        "newer_url": _page_url(scope, current.previous_number),
        "older_url": _page_url(scope, current.next_number),
    }
    return render(request, "website/list.html", context)


def _page_url(scope: Scope, number: int) -> str:
    return scope.url("page", page=number) if number > 1 else scope.url()


def _latest_year_url(scope: Scope, events: list[Event]) -> str:
    dated = [e.date for e in events if e.date]
    if not dated:
        return ""
    return scope.url("year", year=dated[0].year)


class _ScopedDateView:
    """What the date-based views share: the scope's published events, newest first."""

    date_field = "date"
    allow_future = True
    ordering = _ORDERING
    month_format = "%m"
    day_format = "%d"
    kwargs: dict[str, Any]
    request: HttpRequest

    @cached_property
    def scope(self) -> Scope:
        return Scope.of(self.kwargs.get("slug"))

    def get_queryset(self) -> QuerySet[Event]:
        return listed(self.scope.events())

    def render_to_response(self, context: dict[str, Any], **kwargs: Any) -> HttpResponse:
        context.pop("view", None)
        return render(self.request, self.template_name, context)  # type: ignore[attr-defined]


class DayArchive(_ScopedDateView, DayArchiveView):  # type: ignore[misc]
    """One day's events (an empty day too: its calendar still leads elsewhere)."""

    allow_empty = True
    template_name = "website/day.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        scope = self.scope
        day: dt.date = context["day"]
        dated = scope.events().filter(date__isnull=False)
        earlier = dated.filter(date__lt=day).order_by("-date").values_list("date", flat=True)
        later = dated.filter(date__gt=day).order_by("date").values_list("date", flat=True)
        earlier_day, later_day = earlier.first(), later.first()
        context.update(
            scope=scope,
            title=scope.title,
            events=with_marks(context["object_list"]),
            earlier_url=scope.day_url(earlier_day) if earlier_day else "",
            later_url=scope.day_url(later_day) if later_day else "",
            earlier_day=earlier_day,
            later_day=later_day,
            month=scope.grid(day.replace(day=1), selected=day),
            weekdays=weekday_dates(),
            year_url=scope.url("year", year=day.year),
        )
        return context


class MonthCalendar(_ScopedDateView, MonthArchiveView):  # type: ignore[misc]
    """A month's grid; its arrows skip months without events."""

    allow_empty = False
    template_name = "website/month.html"

    def get_queryset(self) -> QuerySet[Event]:
        return self.scope.events()

    def get_month(self) -> str:
        return f"{int(self.kwargs['month']):02d}"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        scope = self.scope
        first: dt.date = context["month"]
        context.update(
            scope=scope,
            title=scope.title,
            grid=month_grid(first, context["date_list"], scope.day_url, scope.month_url(first)),
            weekdays=weekday_dates(),
            previous_url=scope.month_url(context["previous_month"])
            if context["previous_month"]
            else "",
            next_url=scope.month_url(context["next_month"]) if context["next_month"] else "",
            year_url=scope.url("year", year=first.year),
        )
        return context


class YearCalendar(_ScopedDateView, YearArchiveView):  # type: ignore[misc]
    """Twelve month grids; the arrows skip years without events."""

    allow_empty = False
    date_list_period = "day"
    template_name = "website/year.html"

    def get_queryset(self) -> QuerySet[Event]:
        return self.scope.events()

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        scope = self.scope
        year: dt.date = context["year"]
        days = list(context["date_list"])
        months = sorted({d.replace(day=1) for d in days})
        context.update(
            scope=scope,
            title=scope.title,
            grids=[month_grid(m, days, scope.day_url, scope.month_url(m)) for m in months],
            weekdays=weekday_dates(),
            previous_url=scope.url("year", year=context["previous_year"].year)
            if context["previous_year"]
            else "",
            next_url=scope.url("year", year=context["next_year"].year)
            if context["next_year"]
            else "",
            year_number=year.year,
        )
        return context
