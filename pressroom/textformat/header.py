"""The lines between the title and the body: lead, date, time, place, gallery.

Each is optional, so each is told apart by shape (docs/text-format.md):

* the date (``October 7, 2023``) and time (``16:30``) have fixed shapes; a line just
  before the first of them is the lead; with neither, nothing is read as a lead;
* after a date or time, the line before a gallery counter is the place; without a
  gallery, the next line is the place when it reads like one (``The Kremlin,
  Moscow``: short, starts with a capital or digit, ends with a letter, digit or
  ``)``, no colon, no sentence inside) and does not open a split label;
* ``1 of 5`` opens the gallery; the line after it is the first photo's caption,
  with an optional ``. Photo: <credit>``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pressroom.document import Gallery, Photo
from pressroom.textformat.errors import ParseError
from pressroom.textformat.keywords import Keywords
from pressroom.textformat.values import gallery_size, is_date, is_time, read_date, read_time

MAX_PLACE_CHARS = 100
MAX_PLACE_WORDS = 12
#: Sentence punctuation; a full stop is allowed only after a short abbreviation (``St.``).
_NOT_IN_PLACE = re.compile(r'[:;!?"“”«»…]|(?<![A-Z][a-z])(?<![A-Z])\.\s')


@dataclass
class Header:
    lead: str = ""
    date: dt.date | None = None
    time: dt.time | None = None
    place: str = ""
    gallery: Gallery | None = None
    #: Index of the first body line.
    end: int = 2


def _marker(line: str, kw: Keywords) -> bool:
    return is_date(line, kw) or is_time(line) or gallery_size(line, kw) is not None


def reads_like_place(line: str, next_line: str | None) -> bool:
    if not line or len(line) > MAX_PLACE_CHARS or line != line.strip():
        return False
    if not (line[0].isupper() or line[0].isdigit()) or not (line[-1].isalnum() or line[-1] == ")"):
        return False
    if _NOT_IN_PLACE.search(line) or len(line.split()) > MAX_PLACE_WORDS:
        return False
    # A label alone on its line, its text on the next line after ": ".
    return next_line is None or not next_line.startswith(": ")


def split_caption(line: str, kw: Keywords) -> Photo:
    if line.startswith(kw.credit_prefix):
        return Photo(caption="", credit=line[len(kw.credit_prefix) :])
    caption, joiner, credit = line.rpartition(kw.credit_joiner)
    if not joiner:
        return Photo(caption=line)
    return Photo(caption=caption, credit=credit)


def parse_header(lines: list[str], end: int, kw: Keywords) -> Header:
    """Read ``lines[2:end]`` up to the body; ``end`` is where the tail starts."""
    h = Header()
    i = 2

    def at(k: int) -> str | None:
        return lines[k] if k < end else None

    line, after = at(i), at(i + 1)
    if line is not None and is_date(line, kw):
        h.date = read_date(line, kw, i + 1)
        i += 1
    elif line is not None and after is not None and is_date(after, kw) and not _marker(line, kw):
        h.lead, h.date = line, read_date(after, kw, i + 2)
        i += 2
    line, after = at(i), at(i + 1)
    if line is not None and is_time(line):
        h.time = read_time(line, i + 1)
        i += 1
    elif (
        h.date is None
        and line is not None
        and after is not None
        and is_time(after)
        and not _marker(line, kw)
    ):
        h.lead, h.time = line, read_time(after, i + 2)
        i += 2
    line, after = at(i), at(i + 1)
    if (h.date is not None or h.time is not None) and line is not None:
        before_gallery = after is not None and gallery_size(after, kw) is not None
        if not _marker(line, kw) and (
            (before_gallery and line.strip())
            or (not before_gallery and reads_like_place(line, after))
        ):
            h.place = line
            i += 1
    line = at(i)
    if line is not None and (size := gallery_size(line, kw)) is not None:
        caption = at(i + 1)
        if caption is None:
            raise ParseError(i + 1, f"expected the first photo's caption after {line!r}")
        photo = split_caption(caption, kw)
        # An empty caption line says nothing about the photos.
        photos = (photo,) if photo.caption or photo.credit else ()
        h.gallery = Gallery(size=size, photos=photos)
        i += 2
    h.end = i
    return h
