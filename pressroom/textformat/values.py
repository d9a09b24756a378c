"""Dates, times and counters as the text version prints them.

Each value is recognised by its shape first (``January 45, 2024`` has the shape of
a date) and checked second, so an impossible value is an error at its line instead
of silently becoming a paragraph.
"""

from __future__ import annotations

import datetime as dt
import re

from pressroom.textformat.errors import ParseError
from pressroom.textformat.keywords import Keywords

_TIME = re.compile(r"([0-9][0-9]):([0-9][0-9])")


def is_date(line: str, kw: Keywords) -> bool:
    return kw.date_pattern.fullmatch(line) is not None


def is_time(line: str) -> bool:
    return _TIME.fullmatch(line) is not None


def read_date(text: str, kw: Keywords, line: int) -> dt.date:
    m = kw.date_pattern.fullmatch(text)
    if m is None:
        example = kw.format_date(dt.date(2023, 10, 7))
        raise ParseError(line, f"expected a date like {example!r}, found {shorten(text)!r}")
    month = kw.months.index(m.group("month")) + 1
    try:
        return dt.date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        raise ParseError(line, f"{text} is not a real date") from None


def read_time(text: str, line: int) -> dt.time:
    m = _TIME.fullmatch(text)
    if m is None:
        raise ParseError(line, f"expected a time like '16:30', found {shorten(text)!r}")
    try:
        return dt.time(int(m.group(1)), int(m.group(2)))
    except ValueError:
        raise ParseError(line, f"{text} is not a real time of day") from None


def format_time(value: dt.time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def gallery_size(line: str, kw: Keywords) -> int | None:
    """``1 of 5`` -> 5; None when the line is not a gallery counter."""
    prefix = f"1 {kw.gallery_word} "
    if not line.startswith(prefix):
        return None
    rest = line[len(prefix) :]
    if not rest.isascii() or not rest.isdigit() or rest.startswith("0") or len(rest) > 6:
        return None
    return int(rest)


def shorten(text: str, limit: int = 60) -> str:
    """A line quoted in an error message: bounded, whatever the input."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
