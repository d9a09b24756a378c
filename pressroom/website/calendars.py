"""Month grids for the calendar: which days hold events, as links."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Day:
    date: dt.date
    in_month: bool
    url: str
    selected: bool


@dataclass(frozen=True)
class Month:
    first: dt.date
    weeks: list[list[Day]]
    url: str


def month_grid(
    first: dt.date,
    days_with_events: Iterable[dt.date],
    day_url: Callable[[dt.date], str],
    month_url: str = "",
    selected: dt.date | None = None,
) -> Month:
    """Weeks Monday to Sunday; a day links to its archive only when it holds events."""
    busy = set(days_with_events)
    weeks = [
        [
            Day(
                date=day,
                in_month=day.month == first.month,
                url=day_url(day) if day in busy and day.month == first.month else "",
                selected=day == selected,
            )
            for day in week
        ]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    ]
    return Month(first=first.replace(day=1), weeks=weeks, url=month_url)


def weekday_dates() -> list[dt.date]:
    """A Monday-to-Sunday week, for localised weekday headings."""
    monday = dt.date(2024, 1, 1)
    return [monday + dt.timedelta(days=i) for i in range(7)]
