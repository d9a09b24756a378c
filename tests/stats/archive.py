"""A small fixed archive for the statistics: four published events, three hidden ones.

Published (English):
  101  2019-03-10  tags Lindqvist, Berg         turns Lindqvist 5 w, Berg 3 w, "Question" 2 w
  102  2019-03-25  tags Lindqvist, Berg, Novak  turn  Lindqvist 10 w
  103  2020-07-01  tags Lindqvist, Novak        no transcript
  104  2020-07-01  tags Berg                    turn  Lindqvist 7 w (speaks, untagged)
Hidden: 105 draft, 106 withdrawn, 107 scheduled for the future; all tag Lindqvist
and Ruiz, and Ruiz speaks 100 words in each.
"""

from __future__ import annotations

import datetime as dt

from pressroom.document import Document, PlaceTag, Turn
from pressroom.events.models import Status
from pressroom.events.store import Store
from pressroom.people.models import Person
from tests import factories

LINDQVIST, BERG, NOVAK, RUIZ = "Lindqvist Anna", "Berg Oskar", "Novak Petra", "Ruiz Carlos"
KAZAKHSTAN = PlaceTag("Kazakhstan", catalog_id="KZ", place_kind="country")
MOSCOW = PlaceTag("Moscow", catalog_id="MOW", place_kind="region")


def turn(speaker: str | None, label: str, words: int) -> Turn:
    return factories.turn(speaker, label, " ".join(["word"] * words))


def event(
    number: int,
    day: dt.date,
    persons: tuple[str, ...],
    body: tuple[Turn, ...] = (),
    topics: tuple[str, ...] = ("Economy",),
    places: tuple[PlaceTag, ...] = (KAZAKHSTAN,),
    sections: tuple[str, ...] = ("News",),
) -> Document:
    return factories.event(
        number, day, persons=persons, body=body, topics=topics, places=places, sections=sections
    )


PUBLISHED = (
    event(
        101,
        dt.date(2019, 3, 10),
        (LINDQVIST, BERG),
        (
            turn(LINDQVIST, "Anna Lindqvist", 5),
            turn(BERG, "Oskar Berg", 3),
            turn(None, "Question", 2),
        ),
        sections=("News", "Transcripts"),
    ),
    event(
        102,
        dt.date(2019, 3, 25),
        (LINDQVIST, BERG, NOVAK),
        (turn(LINDQVIST, "Anna Lindqvist", 10),),
        topics=("Economy", "Energy"),
        places=(MOSCOW,),
    ),
    event(103, dt.date(2020, 7, 1), (LINDQVIST, NOVAK), topics=("Energy",)),
    event(
        104,
        dt.date(2020, 7, 1),
        (BERG,),
        (turn(LINDQVIST, "Anna Lindqvist", 7),),
        sections=("Transcripts",),
    ),
)
HIDDEN_DAY = dt.date(2020, 8, 1)


def save_archive() -> dict[str, int]:
    """Saves the archive; returns person ids by tag name."""
    store = Store()
    for doc in PUBLISHED:
        store.save(doc, status=Status.PUBLISHED)
    hidden = (turn(RUIZ, "Carlos Ruiz", 100),)
    for number, status in ((105, Status.DRAFT), (106, Status.WITHDRAWN)):
        store.save(event(number, HIDDEN_DAY, (LINDQVIST, RUIZ), hidden), status=status)
    future = dt.date.today() + dt.timedelta(days=30)
    store.save(event(107, future, (LINDQVIST, RUIZ), hidden), status=Status.SCHEDULED)
    return dict(Person.objects.values_list("tag_name", "pk"))
