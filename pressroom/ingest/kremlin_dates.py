"""Dates as kremlin.ru prints them: ``April 29, 2019, 14:20`` and ``29 апреля 2019 года``."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "января", "январь"),
            ("february", "февраля", "февраль"),
            ("march", "марта", "март"),
            ("april", "апреля", "апрель"),
            ("may", "мая", "май"),
            ("june", "июня", "июнь"),
            ("july", "июля", "июль"),
            ("august", "августа", "август"),
            ("september", "сентября", "сентябрь"),
            ("october", "октября", "октябрь"),
            ("november", "ноября", "ноябрь"),
            ("december", "декабря", "декабрь"),
        ],
        start=1,
    )
    for name in names
}
_EN = re.compile(r"([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})(?:,\s*(\d{1,2}):(\d{2}))?")
_RU = re.compile(r"(\d{1,2})\s+([а-яё]+)\s+(\d{4})(?:\s+года)?(?:,\s*(\d{1,2}):(\d{2}))?", re.I)
_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


def parse_datetime(text: str) -> tuple[dt.date | None, dt.time | None]:
    """The date and, when printed, the time of ``April 29, 2019, 14:20``; None if unreadable."""
    text = text.replace("\u00a0", " ")
    m = _EN.search(text)
    if m:
        month, day, year, hour, minute = (
            m.group(1).casefold(),
            m.group(2),
            m.group(3),
            *m.group(4, 5),
        )
    else:
        m = _RU.search(text)
        if not m:
            return None, None
        day, month, year, hour, minute = (
            m.group(1),
            m.group(2).casefold(),
            m.group(3),
            *m.group(4, 5),
        )
    number = _MONTHS.get(month)
    if number is None:
        return None, None
    try:
        date = dt.date(int(year), number, int(day))
        time = dt.time(int(hour), int(minute)) if hour is not None else None
    except ValueError:
        return None, None
    return date, time


#: ``June 10 − 11, 2010`` and ``May 31 – June 1, 2010``: a trip's days.
_EN_RANGE = re.compile(r"([A-Za-z]+)\s+(\d{1,2})\s*[−–—-]\s*(?:[A-Za-z]+\s+)?\d{1,2},\s*(\d{4})")


def parse_date(text: str) -> dt.date | None:
    """A date, or the first day of a printed range (the Document holds one date)."""
    date = parse_datetime(text)[0]
    if date is None and (m := _EN_RANGE.search(text.replace("\u00a0", " "))):
        date = parse_datetime(f"{m.group(1)} {m.group(2)}, {m.group(3)}")[0]
    return date


def parse_time(text: str) -> dt.time | None:
    """``14:20``; None for anything else (or an impossible time)."""
    m = _TIME.match(text)
    if not m:
        return None
    try:
        return dt.time(int(m.group(1)), int(m.group(2)))
    except ValueError:
        return None


def parse_iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None
