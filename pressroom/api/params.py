"""Query parameter types: dates only in ISO form (pydantic would read "0" as a timestamp)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BeforeValidator

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
IsoDateTime = Annotated[
    dt.datetime,
    BeforeValidator(_iso(_DATETIME, "a date and time YYYY-MM-DDTHH:MM[:SS][+HH:MM]")),
]
