"""A small fixed archive: published, draft, withdrawn and scheduled events, two languages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.management import call_command

from pressroom.document import Document, Narrative, Paragraph, PlaceTag
from pressroom.events.store import Store
from tests.factories import event, turn

PUTIN, LINDQVIST, PETROV = "Putin Vladimir", "Lindqvist Anna", "Petrov Ivan"


def _doc(number: int, title: str, day: dt.date, **fields: Any) -> Document:
    """An event at noon, published at one."""
    return event(number, day, title=title, published=dt.time(13, 0), **fields)


KAZAKHSTAN = PlaceTag("Kazakhstan", catalog_id="KZ", place_kind="country")
TVER = PlaceTag("Tver Region", place_kind="region")

PUBLISHED = [
    _doc(
        101,
        "Meeting with Government members",
        dt.date(2019, 3, 10),
        lead="The President held a meeting on energy cooperation.",
        body=(
            Narrative(Paragraph("Taking part were members of the Government.")),
            turn(PUTIN, "Vladimir Putin", "We discussed energy cooperation with our partners."),
            turn(
                LINDQVIST, "Anna Lindqvist", "The meetings were productive.", "Gas supplies grow."
            ),
        ),
        topics=("Foreign policy", "Energy"),
        places=(KAZAKHSTAN,),
        persons=(PUTIN,),
        sections=("News", "Transcripts"),
    ),
    _doc(
        102,
        "Telephone conversation with the President of Kazakhstan",
        dt.date(2018, 6, 1),
        lead="They discussed cooperation in oil and gas.",
        body=(
            turn(PETROV, "Ivan Petrov", "Energy prices matter <a lot> & more."),
            turn(PUTIN, "Vladimir Putin", "Cooperation in energy is our priority."),
        ),
        topics=("Foreign policy",),
        places=(KAZAKHSTAN,),
        persons=(PUTIN, PETROV),
    ),
    _doc(
        103,
        "Greetings on Science Day",
        dt.date(2020, 1, 15),
        lead="Congratulations to scientists.",
        body=(
            Narrative(Paragraph("Science and economics develop together.")),
            turn(PUTIN, "Vladimir Putin", "Economic growth depends on science."),
        ),
        topics=("Science",),
        places=(TVER,),
        persons=(PUTIN,),
    ),
    _doc(
        104,
        "Совещание с членами Правительства",
        dt.date(2019, 3, 10),
        lead="Президент провёл встречи по энергетике.",
        body=(turn(PUTIN, "В.Путин", "Встреча была полезной. Ёлка стоит в зале."),),
        topics=("Внешняя политика",),
        sections=("Новости",),
        language="ru",
    ),
]

#: Never visible: a draft, a withdrawn event, one scheduled for the future.
HIDDEN = [
    (
        "draft",
        _doc(
            105,
            "Secret draft meeting on energy cooperation",
            dt.date(2019, 7, 7),
            body=(turn(PUTIN, "Vladimir Putin", "Secret energy cooperation with Zembla."),),
            topics=("Secrets",),
            places=(PlaceTag("Zembla", place_kind="country"),),
        ),
    ),
    (
        "withdrawn",
        _doc(
            106,
            "Withdrawn statement on energy cooperation",
            dt.date(2019, 7, 8),
            body=(turn(PETROV, "Ivan Petrov", "Withdrawn words about energy cooperation."),),
            topics=("Secrets",),
        ),
    ),
    (
        "scheduled",
        _doc(
            107,
            "Future meeting on energy cooperation",
            dt.date(2031, 1, 1),
            body=(turn(PUTIN, "Vladimir Putin", "Future energy cooperation."),),
            topics=("Secrets",),
        ),
    ),
]

#: Scheduled in the past: due, so visible once ``publish-due`` has run (cron, each minute).
DUE = _doc(
    108,
    "Due statement on gas transit",
    dt.date(2019, 8, 1),
    body=(turn(LINDQVIST, "Anna Lindqvist", "Gas transit continues."),),
    topics=("Energy",),
)


@dataclass(frozen=True)
class Archive:
    published: tuple[int, ...]
    hidden: tuple[int, ...]


@pytest.fixture
def archive(db: None) -> Archive:
    store = Store()
    for doc in PUBLISHED:
        store.save(doc)
    for status, doc in HIDDEN:
        store.save(doc, status=status)
    store.save(DUE, status="scheduled")
    call_command("publish-due", verbosity=0)
    return Archive(published=(101, 102, 103, 104, 108), hidden=(105, 106, 107))


@pytest.fixture(autouse=True)
def plain_static_files(settings: Any) -> None:
    """Serve static files by their plain names: tests run without collectstatic."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
