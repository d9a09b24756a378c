"""Query parameter types: dates only in ISO form (pydantic would read "0" as a timestamp)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _iso(pattern: re.Pattern[str], what: str) -> Any:
    def check(value: Any) -> Any:
        if isinstance(value, str) and not pattern.match(value):
            raise ValueError(f"expected {what}")
        if not isinstance(value, str | dt.date):
            raise ValueError(f"expected {what}")
        return value

    return check


IsoDate = Annotated[dt.date, BeforeValidator(_iso(_DATE, "a date YYYY-MM-DD"))]


def _in_utc(moment: dt.datetime) -> dt.datetime:
    """The moment in UTC (without an offset it is taken as UTC). Databases bound the
    offsets they accept (PostgreSQL to under 16 hours), Python to under 24."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError:
        raise ValueError("the date and time is out of range") from None


IsoDateTime = Annotated[
    dt.datetime,
    BeforeValidator(_iso(_DATETIME, "a date and time YYYY-MM-DDTHH:MM[:SS][+HH:MM]")),
    AfterValidator(_in_utc),
]
