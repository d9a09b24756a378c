"""Who speaks each turn, from the evidence inside one document.

A label names a Persons tag (``pressroom.textformat.names.match_tag``): that tag is
the speaker and the words before the name are the role. A label that names no tag
takes the speaker and role of the latest earlier label that ends with it
(``Vladimir Putin`` after ``President of Russia Vladimir Putin``), and a label that
matches a tag without printing a role keeps the role printed earlier for the same
person: within one event a person's role does not change. Anonymous labels
(``Question``) and labels with no evidence stay unresolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pressroom.document import Block, Turn
from pressroom.textformat.names import Match, is_anonymous, match_tag, normalize


class TextEvidence:
    """The evidence one text gives for its labels: resolves them in reading order,
    remembering what earlier labels resolved to."""

    def __init__(self, tags: Sequence[str]) -> None:
        self._tags = tuple(tags)
        self._matches: dict[str, Match | None] = {}
        self._facts_by_label: dict[str, tuple[str, bool, Match | None]] = {}
        #: (normalised label, speaker, role) of earlier turns, latest last.
        self._earlier: list[tuple[str, str | None, str]] = []
        self._roles: dict[str, str] = {}
        #: Every word-suffix of every earlier label: ``vladimir putin``, ``putin``...
        self._suffixes: set[str] = set()

    def match(self, label: str) -> Match | None:
        """The Persons tag a label names, if any (cached: labels recur)."""
        if label not in self._matches:
            self._matches[label] = match_tag(label, self._tags) if self._tags else None
        return self._matches[label]

    def _facts(self, label: str) -> tuple[str, bool, Match | None]:
        """Normalised form, anonymity and tag match of a label, computed once per label."""
        facts = self._facts_by_label.get(label)
        if facts is None:
            norm = normalize(label)
            anonymous = is_anonymous(label)
            found = None if anonymous else self.match(label)
            facts = self._facts_by_label[label] = (norm, anonymous, found)
        return facts

    def resolve(self, label: str) -> tuple[str | None, str]:
        norm, anonymous, found = self._facts(label)
        if anonymous:
            return None, ""
        speaker: str | None
        if found is not None:
            speaker, role = found.tag, found.role
        else:
            speaker, role = self._inherited(norm)
        if speaker is not None:
            if role:
                self._roles.setdefault(speaker, role)
            else:
                role = self._roles.get(speaker, "")
        self._earlier.append((norm, speaker, role))
        if norm not in self._suffixes:
            words = norm.split(" ")
            self._suffixes.update(" ".join(words[i:]) for i in range(len(words)))
        return speaker, role

    def knows(self, label: str) -> bool:
        """Evidence for a label: anonymous, a Persons tag, or an earlier label's end."""
        norm, anonymous, found = self._facts(label)
        return anonymous or found is not None or norm in self._suffixes

    def _inherited(self, norm: str) -> tuple[str | None, str]:
        for earlier, speaker, role in reversed(self._earlier):
            if speaker is not None and (earlier == norm or earlier.endswith(" " + norm)):
                return speaker, role
        return None, ""


def resolve_speakers(body: Sequence[Block], tags: Sequence[str]) -> tuple[Block, ...]:
    """The body with every turn's ``speaker`` and ``role`` set from the evidence."""
    resolver = TextEvidence(tags)
    out: list[Block] = []
    for block in body:
        if isinstance(block, Turn):
            speaker, role = resolver.resolve(block.label)
            block = replace(block, speaker=speaker, role=role)
        out.append(block)
    return tuple(out)
