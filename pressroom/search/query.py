"""The reader's query language, parsed into pressroom's own syntax tree.

A query never reaches a search engine as typed: it is parsed here into words,
phrases, alternatives, exclusions and filters, each word already folded and
stemmed, and each backend compiles that tree (``sqlite.py``, ``postgres.py``).
Bad syntax raises ``QueryError`` with a message meant for the reader.

Syntax (docs/search.md): ``word`` (every word must match), ``"exact phrase"``,
``-excluded``, ``a OR b``, ``prefix*``, and filters ``name:value`` or
``name:"quoted value"``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TypeAlias

from pressroom.search.text import fold, stem, words

MAX_QUERY_LENGTH = 500
MAX_TERMS = 24
MAX_FILTER_VALUE = 200
MIN_PREFIX = 2

#: Filters naming catalog entries; the same name given twice means both must hold.
TAG_FILTERS = ("speaker", "person", "topic", "place", "section")
#: Filters holding one value each.
SINGLE_FILTERS = ("kind", "lang", "from", "to")
FILTERS = TAG_FILTERS + SINGLE_FILTERS

KINDS = {"turns": "turns", "turn": "turns", "events": "events", "event": "events"}
LANGUAGES = ("en", "ru")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_FILTER_NAME = re.compile(r"([A-Za-z]+):")
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class QueryError(ValueError):
    """A query that cannot be searched; the message is shown to the reader."""


@dataclass(frozen=True)
class Word:
    stem: str
    prefix: bool = False

    def describe(self) -> str:
        return f"(prefix {self.stem})" if self.prefix else f"(word {self.stem})"


@dataclass(frozen=True)
class Phrase:
    """Words that must follow each other, in this order."""

    stems: tuple[str, ...]

    def describe(self) -> str:
        return '(phrase "' + " ".join(self.stems) + '")'


Term: TypeAlias = Word | Phrase


@dataclass(frozen=True)
class AnyOf:
    """``a OR b``: at least one of the terms."""

    terms: tuple[Term, ...]

    def describe(self) -> str:
        return "(or " + " ".join(t.describe() for t in self.terms) + ")"


Clause: TypeAlias = Word | Phrase | AnyOf


@dataclass(frozen=True)
class Query:
    """The parsed query: clauses that must all match, terms that must not, filters."""

    must: tuple[Clause, ...] = ()
    must_not: tuple[Term, ...] = ()
    #: Tag filters: name -> values, every value must hold.
    tags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    kind: str | None = None
    lang: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @property
    def has_text(self) -> bool:
        return bool(self.must or self.must_not)

    @property
    def is_empty(self) -> bool:
        return not self.has_text and not self.has_filters

    @property
    def has_filters(self) -> bool:
        return bool(self.tags or self.kind or self.lang or self.date_from or self.date_to)

    @property
    def result_kind(self) -> str:
        """Turns when asked, or when a speaker is named; else events."""
        if self.kind:
            return self.kind
        return "turns" if "speaker" in self.tags else "events"

    def positive_terms(self) -> list[Term]:
        found: list[Term] = []
        for clause in self.must:
            found.extend(clause.terms if isinstance(clause, AnyOf) else (clause,))
        return found

    def describe(self) -> str:
        """A stable, readable form of the tree (golden tests compare it)."""
        parts = [c.describe() for c in self.must]
        parts += [f"(not {t.describe()})" for t in self.must_not]
        for name, values in sorted(self.tags.items()):
            parts += [f'({name} "{v}")' for v in values]
        if self.kind:
            parts.append(f"(kind {self.kind})")
        if self.lang:
            parts.append(f"(lang {self.lang})")
        if self.date_from:
            parts.append(f"(from {self.date_from.isoformat()})")
        if self.date_to:
            parts.append(f"(to {self.date_to.isoformat()})")
        return "(and " + " ".join(parts) + ")" if parts else "(empty)"


@dataclass
class _Raw:
    """One token of the input before it becomes part of the tree."""

    kind: str  # "term", "or", "filter"
    term: Term | None = None
    negated: bool = False
    name: str = ""
    value: str = ""


def clean(text: str) -> str:
    """The text without control characters (NUL and the like), which no engine or feed takes."""
    return _CONTROL.sub(" ", text or "")


def parse(text: str) -> Query:
    """Parse a reader's query; raises ``QueryError`` with a readable message."""
    text = clean(text)
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(
            f"The query is too long ({len(text)} characters; at most {MAX_QUERY_LENGTH})."
        )
    raws = list(_scan(text))
    return _build(raws)


def _scan(text: str) -> list[_Raw]:
    raws: list[_Raw] = []
    pos, end = 0, len(text)
    while pos < end:
        char = text[pos]
        if char.isspace():
            pos += 1
            continue
        negated = False
        if char == "-" and pos + 1 < end and not text[pos + 1].isspace():
            negated, pos = True, pos + 1
            char = text[pos]
        elif char == "-":
            raise QueryError(
                "A '-' must be followed by a word or phrase to exclude, as in -sanctions."
            )
        if char == '"':
            closing = text.find('"', pos + 1)
            if closing < 0:
                raise QueryError(f"A quote opened at character {pos + 1} is not closed.")
            term = _phrase(text[pos + 1 : closing])
            if term is not None:
                raws.append(_Raw("term", term=term, negated=negated))
            pos = closing + 1
            continue
        start = pos
        while pos < end and not text[pos].isspace() and text[pos] != '"':
            pos += 1
        raw = text[start:pos]
        name_match = _FILTER_NAME.match(raw)
        if name_match and not negated:
            name = name_match.group(1).lower()
            value = raw[name_match.end() :]
            if not value and pos < end and text[pos] == '"':
                closing = text.find('"', pos + 1)
                if closing < 0:
                    raise QueryError(f"The quoted value of {name}: is not closed.")
                value, pos = text[pos + 1 : closing], closing + 1
            if name in FILTERS:
                raws.append(_Raw("filter", name=name, value=value.strip()))
                continue
            if value:
                known = ", ".join(f"{n}:" for n in FILTERS)
                raise QueryError(f"Unknown filter {name}: (filters are {known}).")
        if raw == "OR" and not negated:
            raws.append(_Raw("or"))
            continue
        term = _word(raw)
        if term is not None:
            raws.append(_Raw("term", term=term, negated=negated))
    return raws


def _phrase(inner: str) -> Term | None:
    stems = tuple(stem(w) for w in words(inner))
    if not stems:
        return None
    return Word(stems[0]) if len(stems) == 1 else Phrase(stems)


def _word(raw: str) -> Term | None:
    prefix = raw.endswith("*")
    found = words(raw.rstrip("*")) if prefix else words(raw)
    if not found:
        return None
    if prefix:
        if len(found) > 1:
            raise QueryError(f"A * goes at the end of a single word, as in meet* (not {raw}).")
        if len(found[0]) < MIN_PREFIX:
            raise QueryError(f"A prefix needs at least {MIN_PREFIX} letters before the *.")
        return Word(stem(found[0]), prefix=True)
    stems = tuple(stem(w) for w in found)
    # "energy-cooperation" is searched as the phrase it is.
    return Word(stems[0]) if len(stems) == 1 else Phrase(stems)


def _build(raws: list[_Raw]) -> Query:
    must: list[Clause] = []
    must_not: list[Term] = []
    tags: dict[str, list[str]] = {}
    single: dict[str, str] = {}
    pending_or = False
    for index, raw in enumerate(raws):
        if raw.kind == "or":
            previous = raws[index - 1] if index else None
            following = raws[index + 1] if index + 1 < len(raws) else None
            if not (_joinable(previous) and _joinable(following)) or not must:
                raise QueryError("OR needs a word or phrase on each side, as in tax OR duty.")
            pending_or = True
            continue
        if raw.kind == "filter":
            _add_filter(raw.name, raw.value, tags, single)
            continue
        assert raw.term is not None
        if raw.negated:
            must_not.append(raw.term)
        elif pending_or:
            last = must.pop()
            before = last.terms if isinstance(last, AnyOf) else (last,)
            must.append(AnyOf((*before, raw.term)))
            pending_or = False
        else:
            must.append(raw.term)
    count = sum(_size(c) for c in must) + sum(_size(t) for t in must_not)
    if count > MAX_TERMS:
        raise QueryError(f"The query has too many words ({count}; at most {MAX_TERMS}).")
    return _query(must, must_not, tags, single)


def _joinable(raw: _Raw | None) -> bool:
    return raw is not None and raw.kind == "term" and not raw.negated


def _size(clause: Clause) -> int:
    if isinstance(clause, AnyOf):
        return sum(_size(t) for t in clause.terms)
    return len(clause.stems) if isinstance(clause, Phrase) else 1


def _add_filter(name: str, value: str, tags: dict[str, list[str]], single: dict[str, str]) -> None:
    if not value:
        raise QueryError(f'The filter {name}: needs a value, as in {name}:"…".')
    if len(value) > MAX_FILTER_VALUE:
        raise QueryError(f"The value of {name}: is too long (at most {MAX_FILTER_VALUE}).")
    if name in TAG_FILTERS:
        if not fold(value).strip():
            raise QueryError(f"The filter {name}: needs a value.")
        tags.setdefault(name, []).append(value)
        return
    if name in single:
        raise QueryError(f"The filter {name}: is given twice.")
    single[name] = value


def _query(
    must: list[Clause], must_not: list[Term], tags: dict[str, list[str]], single: dict[str, str]
) -> Query:
    kind = None
    if "kind" in single:
        kind = KINDS.get(single["kind"].lower())
        if kind is None:
            raise QueryError("kind: is turns or events.")
    lang = None
    if "lang" in single:
        lang = single["lang"].lower()
        if lang not in LANGUAGES:
            raise QueryError("lang: is en or ru.")
    date_from = _date("from", single["from"], first=True) if "from" in single else None
    date_to = _date("to", single["to"], first=False) if "to" in single else None
    if date_from and date_to and date_from > date_to:
        raise QueryError("from: is after to:.")
    return Query(
        must=tuple(must),
        must_not=tuple(must_not),
        tags={k: tuple(v) for k, v in tags.items()},
        kind=kind,
        lang=lang,
        date_from=date_from,
        date_to=date_to,
    )


def _date(name: str, value: str, *, first: bool) -> dt.date:
    """``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` for a whole month or year."""
    match = _DATE.fullmatch(value)
    message = f"{name}: takes a date as YYYY-MM-DD (got {value[:40]!r})."
    if not match:
        raise QueryError(message)
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        if month is None:
            return dt.date(year, 1, 1) if first else dt.date(year, 12, 31)
        if day is None:
            start = dt.date(year, month, 1)
            if first:
                return start
            following = dt.date(year + (month == 12), month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return dt.date(year, month, day)
    except ValueError:
        raise QueryError(message) from None
