"""The blocks after the body: related links, tags, and the publication block.

Where the body ends is decided by shape: the tail starts at the first heading line
(``See also``, ``Additional``, ``Geography``, ``Topics``, ``Persons``) from which
the rest, up to ``Publication status``, is a well-formed sequence of blocks —
related blocks first, each a list of title/date pairs, then at most one each of
Geography, Topics and Persons in that order, none of them empty. A body paragraph
that happens to read ``Topics`` therefore stays in the body unless everything after
it really is a tail. Dates are checked only after the shape is settled, so an
impossible date in the tail is an error at its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressroom.document import PlaceTag, Publication, Related, RelatedItem, RelatedKind, Tag
from pressroom.textformat.errors import ParseError
from pressroom.textformat.keywords import Keywords
from pressroom.textformat.values import is_date, is_time, read_date, read_time, shorten

_DIRECT_LINK_ID = re.compile(r"(?:^|/)d/([0-9]{1,18})$")


@dataclass
class Tail:
    related: list[Related] = field(default_factory=list)
    geography: list[PlaceTag] = field(default_factory=list)
    topics: list[Tag] = field(default_factory=list)
    persons: list[Tag] = field(default_factory=list)


_RANKS: dict[str, dict[str, int]] = {}


def _rank(line: str, kw: Keywords) -> int:
    """Order of a heading in the tail: related blocks 0, then 1, 2, 3; -1 if none."""
    ranks = _RANKS.get(kw.language)
    if ranks is None:
        ranks = _RANKS[kw.language] = {
            kw.see_also: 0,
            kw.additional: 0,
            kw.geography: 1,
            kw.topics: 2,
            kw.persons: 3,
        }
    return ranks.get(line, -1)


def find_tail_start(lines: list[str], start: int, status: int, kw: Keywords) -> int:
    """Index of the first line of the tail in ``lines[start:status]`` (``status`` if none)."""
    headings = [i for i in range(start, status) if _rank(lines[i], kw) >= 0]
    tail_start = status
    # Walk back: a heading starts a valid tail when its own block is well formed and
    # the next heading starts a valid tail of a later rank (or the tail ends there).
    next_heading, next_rank, next_valid = status, 4, True
    for i in reversed(headings):
        rank = _rank(lines[i], kw)
        size = next_heading - i - 1
        if rank == 0:
            shaped = (
                size >= 2
                and size % 2 == 0
                and all(is_date(lines[j], kw) for j in range(i + 2, next_heading, 2))
            )
        else:
            shaped = size >= 1
        order_ok = next_rank > rank or (rank == 0 and next_rank == 0)
        valid = shaped and next_valid and order_ok
        if valid:
            tail_start = i
        next_heading, next_rank, next_valid = i, rank, valid
    return tail_start


def parse_tail(lines: list[str], start: int, status: int, kw: Keywords) -> Tail:
    """The blocks of ``lines[start:status]``, already known to be well formed."""
    tail = Tail()
    i = start
    while i < status:
        heading = lines[i]
        j = i + 1
        while j < status and _rank(lines[j], kw) < 0:
            j += 1
        block = lines[i + 1 : j]
        if heading in (kw.see_also, kw.additional):
            kind: RelatedKind = "see_also" if heading == kw.see_also else "additional"
            items = tuple(
                RelatedItem(title=block[k], date=read_date(block[k + 1], kw, i + k + 3))
                for k in range(0, len(block), 2)
            )
            tail.related.append(Related(kind=kind, items=items))
        elif heading == kw.geography:
            tail.geography = [PlaceTag(name=name) for name in block]
        elif heading == kw.topics:
            tail.topics = [Tag(name=name) for name in block]
        else:
            tail.persons = [Tag(name=name) for name in block]
        i = j
    return tail


def parse_publication(
    lines: list[str], status: int, kw: Keywords
) -> tuple[Publication, int | None]:
    """The lines after ``Publication status``, up to the closing ``Text version``."""
    sections: tuple[str, ...] = ()
    pub_date = pub_time = None
    link = ""
    event_id: int | None = None
    i = status + 1
    if i < len(lines) and lines[i].startswith(kw.sections_prefix):
        value = lines[i][len(kw.sections_prefix) :]
        sections = tuple(value.split(", ")) if value else ()
        i += 1
    if i < len(lines) and lines[i].startswith(kw.date_prefix):
        value = lines[i][len(kw.date_prefix) :]
        date_text, _, time_text = value.rpartition(", ")
        if date_text and is_time(time_text) and is_date(date_text, kw):
            pub_date, pub_time = read_date(date_text, kw, i + 1), read_time(time_text, i + 1)
        else:
            pub_date = read_date(value, kw, i + 1)
        i += 1
    if i < len(lines) and lines[i].startswith(kw.direct_link_prefix):
        link = lines[i][len(kw.direct_link_prefix) :]
        if (m := _DIRECT_LINK_ID.search(link)) is not None:
            event_id = int(m.group(1))
        i += 1
    if i >= len(lines):
        raise ParseError(len(lines), f"expected {kw.text_version!r} to close the text")
    if lines[i] != kw.text_version:
        raise ParseError(
            i + 1,
            f"expected {kw.text_version!r} after the publication block, "
            f"found {shorten(lines[i])!r}",
        )
    if i + 1 < len(lines):
        raise ParseError(i + 2, f"unexpected text after {kw.text_version!r}")
    publication = Publication(sections=sections, date=pub_date, time=pub_time, direct_link=link)
    return publication, event_id
