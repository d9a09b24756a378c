"""The Russian layout: keywords, genitive dates, initials labels."""

from __future__ import annotations

import datetime as dt

import pytest

from pressroom.document import Photo, Turn
from pressroom.textformat import ParseError, parse, render

RUSSIAN = "\n".join(
    [
        "События",
        "Встреча с Президентом Казахстана",
        "7 мая 2025 года",
        "18:20",
        "Москва, Кремль",
        "1 из 4",
        "С Президентом Казахстана. Фото: Павел Бедняков, РИА Новости",
        "В.Путин: Уважаемый Касым-Жомарт Кемелевич!",
        "Рад вас видеть.",
        "К.-Ж.Токаев: Спасибо.",
        "Смотрите также",
        "Переговоры с Президентом Казахстана",
        "6 мая 2025 года",
        "Дополнительно",
        "Заявления для прессы",
        "7 мая 2025 года",
        "География",
        "Казахстан",
        "Темы",
        "Внешняя политика",
        "Лица",
        "Путин Владимир",
        "Статус материала",
        "Опубликован в разделах: Новости, Выступления и стенограммы",
        "Дата публикации: 7 мая 2025 года, 18:20",
        "Ссылка на материал: kremlin.ru/d/76863",
        "Текстовая версия",
    ]
)


def test_russian_text_round_trips() -> None:
    assert render(parse(RUSSIAN)) == RUSSIAN


def test_russian_header() -> None:
    doc = parse(RUSSIAN)
    assert doc.language == "ru"
    assert doc.date == dt.date(2025, 5, 7)
    assert doc.place == "Москва, Кремль"
    assert doc.gallery is not None and doc.gallery.size == 4
    assert doc.gallery.photos == (
        Photo(caption="С Президентом Казахстана", credit="Павел Бедняков, РИА Новости"),
    )


def test_russian_initials_label_resolves_to_the_persons_tag() -> None:
    putin, tokayev = (b for b in parse(RUSSIAN).body if isinstance(b, Turn))
    assert (putin.label, putin.speaker) == ("В.Путин", "Путин Владимир")
    assert len(putin.paragraphs) == 2
    assert tokayev.label == "К.-Ж.Токаев"


def test_russian_tail_and_publication() -> None:
    doc = parse(RUSSIAN)
    assert [r.kind for r in doc.related] == ["see_also", "additional"]
    assert doc.related[0].items[0].date == dt.date(2025, 5, 6)
    assert doc.publication.sections == ("Новости", "Выступления и стенограммы")
    assert doc.publication.time == dt.time(18, 20)
    assert doc.id == 76863


def test_russian_impossible_date() -> None:
    with pytest.raises(ParseError, match="31 июня 2025 года is not a real date"):
        parse(RUSSIAN.replace("7 мая 2025 года\n18:20", "31 июня 2025 года\n18:20"))


def test_russian_truncated_names_the_russian_keyword() -> None:
    with pytest.raises(ParseError, match="'Статус материала'"):
        parse("События\nЗаголовок\nТекст.\n")
