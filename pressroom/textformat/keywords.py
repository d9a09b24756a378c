"""The fixed words of the text version, in English and Russian, and its dates.

Everything language-specific lives here so the parser and the renderer share one
table: a keyword the renderer writes is exactly the keyword the parser looks for.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pressroom.document import Language

ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

#: Russian dates name the month in the genitive: ``7 мая 2025 года``.
RUSSIAN_MONTHS = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip


@dataclass(frozen=True)
class Keywords:
    language: Language
    section_word: str
    see_also: str
    additional: str
    geography: str
    topics: str
    persons: str
    status: str
    sections_prefix: str
    date_prefix: str
    direct_link_prefix: str
    text_version: str
    #: The gallery counter, ``1 of 5``: the word between the two numbers.
    gallery_word: str
    #: What joins the first caption and its credit: ``<caption>. Photo: <credit>``.
    credit_joiner: str
    months: tuple[str, ...]
    #: A date as printed (``October 7, 2023``); whether it is a real date is checked apart.
    date_pattern: re.Pattern[str]

    @property
    def credit_prefix(self) -> str:
        """A caption line with a credit and no caption: ``Photo: <credit>``."""
        return self.credit_joiner.lstrip(". ")

    @property
    def headings(self) -> frozenset[str]:
        """Lines that open the blocks after the body."""
        return frozenset(
            (self.see_also, self.additional, self.geography, self.topics, self.persons)
        )

    def format_date(self, value: dt.date) -> str:
        month = self.months[value.month - 1]
        if self.language == "ru":
            return f"{value.day} {month} {value.year} года"
        return f"{month} {value.day}, {value.year}"

    def gallery_counter(self, size: int) -> str:
        return f"1 {self.gallery_word} {size}"


def _english_date_pattern() -> re.Pattern[str]:
    months = "|".join(ENGLISH_MONTHS)
    return re.compile(rf"(?P<month>{months}) (?P<day>[0-9]{{1,2}}), (?P<year>[0-9]{{4}})")


def _russian_date_pattern() -> re.Pattern[str]:
    months = "|".join(RUSSIAN_MONTHS)
    return re.compile(rf"(?P<day>[0-9]{{1,2}}) (?P<month>{months}) (?P<year>[0-9]{{4}}) года")


ENGLISH = Keywords(
    language="en",
    section_word="Events",
    see_also="See also",
    additional="Additional",
    geography="Geography",
    topics="Topics",
    persons="Persons",
    status="Publication status",
    sections_prefix="Published in sections: ",
    date_prefix="Publication date: ",
    direct_link_prefix="Direct link: ",
    text_version="Text version",
    gallery_word="of",
    credit_joiner=". Photo: ",
    months=ENGLISH_MONTHS,
    date_pattern=_english_date_pattern(),
)

RUSSIAN = Keywords(
    language="ru",
    section_word="События",
    see_also="Смотрите также",
    additional="Дополнительно",
    geography="География",
    topics="Темы",
    persons="Лица",
    status="Статус материала",
    sections_prefix="Опубликован в разделах: ",
    date_prefix="Дата публикации: ",
    direct_link_prefix="Ссылка на материал: ",
    text_version="Текстовая версия",
    gallery_word="из",
    credit_joiner=". Фото: ",
    months=RUSSIAN_MONTHS,
    date_pattern=_russian_date_pattern(),
)

BY_LANGUAGE: dict[str, Keywords] = {"en": ENGLISH, "ru": RUSSIAN}
