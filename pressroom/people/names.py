"""Pure name logic: how printed speaker labels and catalog tags name the same person.

Used by the text parser (evidence inside one document: the Persons block, earlier
labels) and by the store (names already known in the database).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

#: Labels that stand for nobody in particular; their turns stay anonymous.
ANONYMOUS_LABELS = frozenset(
    {
        "question", "questions", "remark", "remarks", "reply", "answer", "response",
        "voice", "voices", "voice from the audience", "comment", "audience", "participant",
        "вопрос", "реплика", "ответ", "голос", "голос из зала", "из зала", "вопросы",
    }
)  # fmt: skip

_SPACE = re.compile(r"\s+")
_INITIALS = re.compile(r"^((?:\w\.\s?)+)\s*(\w[\w'’-]*)$")


def normalize(name: str) -> str:
    """Case-, space- and accent-folded form used to compare names (ё = е)."""
    text = unicodedata.normalize("NFKC", name).replace("ё", "е").replace("Ё", "Е")
    text = "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"
    )
    text = text.replace("’", "'").strip(" \t:.,;")
    return _SPACE.sub(" ", text).casefold()


def is_anonymous(label: str) -> bool:
    return normalize(label) in ANONYMOUS_LABELS


def tag_to_full(tag: str) -> str:
    """``Tokayev Kassym-Jomart`` -> ``Kassym-Jomart Tokayev`` (catalog form to reading form)."""
    surname, _, given = tag.strip().partition(" ")
    return f"{given} {surname}" if given else surname


def full_to_tag(full: str) -> str:
    """``Kassym-Jomart Tokayev`` -> ``Tokayev Kassym-Jomart``."""
    parts = full.strip().split(" ")
    if len(parts) < 2:
        return full.strip()
    return " ".join([parts[-1], *parts[:-1]])


@dataclass(frozen=True)
class Match:
    tag: str
    #: The title printed before the name, if the label carried one.
    role: str


def _initial_form(label_norm: str, tag: str) -> bool:
    """``в.путин`` or ``v. putin`` against the tag ``Путин Владимир``."""
    m = _INITIALS.match(label_norm)
    if not m:
        return False
    surname, _, given = normalize(tag).partition(" ")
    initials = m.group(1).replace(" ", "")
    return m.group(2) == surname and bool(given) and initials[0] == given[0]


def match_tag(label: str, tags: Iterable[str]) -> Match | None:
    """The tag a speaker label names, with the role printed before the name.

    A label names a tag when it ends with the tag's reading form (``President of
    Kazakhstan Kassym-Jomart Tokayev`` and ``Tokayev Kassym-Jomart``), or is the
    surname with initials (``В.Путин`` and ``Путин Владимир``).
    """
    if is_anonymous(label):
        return None
    text = label.strip().rstrip(":").strip()
    norm = normalize(text)
    best: Match | None = None
    best_len = 0
    for tag in tags:
        full = normalize(tag_to_full(tag))
        if not full:
            continue
        if norm == full or norm == normalize(tag):
            return Match(tag=tag, role="")
        if norm.endswith(" " + full) and len(full) > best_len:
            role = text[: len(text) - _suffix_length(text, full)].strip()
            best, best_len = Match(tag=tag, role=role), len(full)
        elif _initial_form(norm, tag) and best is None:
            best = Match(tag=tag, role="")
    return best


def _suffix_length(text: str, full_norm: str) -> int:
    """How many characters at the end of ``text`` make up the name ``full_norm``."""
    words = len(full_norm.split(" "))
    parts = text.split()
    return len(" ".join(parts[-words:]))
