"""Pure name logic: how printed speaker labels and catalog tags name the same person.

Used by the text parser (evidence inside one document: the Persons block, earlier
labels) and by the store (names already known in the database). It lives with the
text parser, the lowest layer that needs it; people, ingest and the exporters use it too.
"""

from __future__ import annotations

import functools
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


@functools.lru_cache(maxsize=8192)
def normalize(name: str) -> str:
    """Case-, space- and accent-folded form used to compare names (ё = е)."""
    text = unicodedata.normalize("NFKC", name).replace("ё", "е").replace("Ё", "Е")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
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


# --- Speakers without a tag: the name part of a printed label ------------------------

#: People the site's labels name without tagging them (the heads of state the site
#: belongs to), with the forms printed in Russian labels; "Surname Given" tag forms.
KNOWN_PEOPLE: dict[str, tuple[str, ...]] = {
    "Putin Vladimir": ("Путин Владимир",),
    "Medvedev Dmitry": ("Медведев Дмитрий",),
}

#: Words that belong to a title, never to a name; they end the name when read backwards.
_ROLE_WORDS = frozenset(
    {
        "president", "minister", "prime", "deputy", "first", "governor", "head", "chairman",
        "chairwoman", "chair", "director", "general", "secretary", "speaker", "ambassador",
        "mayor", "chief", "executive", "officer", "ceo", "commander", "aide", "adviser",
        "advisor", "press", "spokesman", "acting", "region", "territory", "republic", "state",
        "federation", "council", "committee", "government", "of", "the", "and", "for", "to",
        "in", "at", "on", "patriarch", "metropolitan", "king", "queen", "emir", "sultan",
        "prince", "crown", "chancellor", "vice-president", "vice", "member", "student",
        "teacher", "worker", "founder", "rector", "professor", "captain", "colonel", "major",
        "lieutenant", "sergeant", "admiral", "marshal", "pilot", "cosmonaut", "coach",
        "mr", "mrs", "ms", "dr", "forum", "bank", "company", "corporation", "university",
        "union", "party", "fund", "association", "agency", "service", "ministry", "academy",
        "institute", "centre", "center", "group", "board", "court", "club", "society",
        "organisation", "organization", "assembly", "duma", "army", "navy", "national",
    }
)  # fmt: skip
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)?\s*")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")


def strip_notes(label: str) -> str:
    """The label without parenthetical notes or a final colon: ``X (retranslated):`` -> ``X``."""
    text = _PARENTHETICAL.sub(" ", label)
    return _SPACE.sub(" ", text).strip().rstrip(":").strip()


def _is_initial(word: str) -> bool:
    return len(word) <= 3 and word.endswith(".") and word[0].isupper()


def _capitalised(word: str) -> bool:
    return bool(_NAME_WORD.match(word)) and word[0].isupper()


def split_role(label: str) -> tuple[str, str]:
    """``President of Russia Vladimir Putin`` -> (``President of Russia``, ``Vladimir Putin``).

    Read backwards: two capitalised words make a name (given name and surname); a third
    or fourth joins when it is an initial or a capitalised word that is not part of a
    title and is not preceded by ``of``. Returns ``("", "")`` when the label does not end
    in a name of at least two words.
    """
    words = strip_notes(label).split(" ")
    if not words or not words[-1] or not _capitalised(words[-1]):
        return "", ""
    if normalize(words[-1]) in _ROLE_WORDS:
        return "", ""
    taken = 1
    while taken < len(words) and taken < 4:
        word = words[-taken - 1]
        before = words[-taken - 2] if taken + 1 < len(words) else ""
        if not (_capitalised(word) or _is_initial(word)):
            break
        if normalize(word) in _ROLE_WORDS:
            break
        if taken >= 2 and not _is_initial(word) and normalize(before) in {"of", "the"}:
            break
        taken += 1
    if taken < 2:
        return "", ""  # a single word is too weak to name anybody
    role = " ".join(words[:-taken])
    return role, " ".join(words[-taken:])


def _title_case(name: str) -> str:
    """``VLADIMIR PUTIN`` -> ``Vladimir Putin``; mixed case is left alone."""
    if not name.isupper():
        return name
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name.split(" "))


def derive_tag(name: str) -> str:
    """The "Surname Given" tag form of a reading-order name, in title case."""
    return full_to_tag(_title_case(name))


class LabelTagger:
    """Resolves the labels of one document to "Surname Given" tags.

    Evidence, strongest first: the document's Persons tags, the people the site names
    untagged (``KNOWN_PEOPLE``), names already read from earlier labels of the same
    document, and finally the name part of the label itself.
    """

    def __init__(self, tags: Iterable[str] = ()) -> None:
        self.tags = [t for t in tags if t.strip()]
        self._aliases: dict[str, str] = {}
        for tag, aliases in KNOWN_PEOPLE.items():
            self._aliases[tag] = tag
            for alias in aliases:
                self._aliases[alias] = tag
        self._seen: dict[str, str] = {}  # normalised reading-order name -> tag
        self._cache: dict[str, Match | None] = {}

    def resolve(self, label: str) -> Match | None:
        if label not in self._cache:
            self._cache[label] = self._resolve(label)
        return self._cache[label]

    def _resolve(self, label: str) -> Match | None:
        text = strip_notes(label)
        if not text or is_anonymous(text):
            return None
        found = match_tag(text, self.tags)
        if found is None and (alias := match_tag(text, self._aliases)) is not None:
            found = Match(tag=self._aliases[alias.tag], role=alias.role)
        if found is None:
            found = self._from_seen(text)
        if found is None:
            role, name = split_role(text)
            if not name:
                return None
            found = Match(tag=derive_tag(name), role=role)
        self._seen.setdefault(normalize(tag_to_full(found.tag)), found.tag)
        return found

    def _from_seen(self, text: str) -> Match | None:
        """A later, shorter or longer label of a name read earlier in the document."""
        norm = normalize(text)
        best = ""
        for full in self._seen:
            if (norm == full or norm.endswith(" " + full)) and len(full) > len(best):
                best = full
        if not best:
            return None
        name_words = len(best.split(" "))
        role = " ".join(text.split(" ")[:-name_words])
        return Match(tag=self._seen[best], role=role)
