"""Highlighted snippets built from the original text, never from engine output.

Every piece of text is escaped; only the ``<mark>`` tags added here are markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from html import escape

from django.utils.safestring import SafeString, mark_safe

from pressroom.search.text import WORD, fold, stem

#: A snippet's length in characters (about 36 English words).
WINDOW_CHARS = 220
MAX_TEXT = 200_000
#: Characters around the first match that a snippet is chosen from.
REGION = 400


class Highlighter:
    """Knows which stems a query asks for, and marks them in any text."""

    def __init__(self, exact: set[str], prefixes: Iterable[str] = ()) -> None:
        self.exact = exact
        self.prefixes = tuple(prefixes)
        # A quick test on folded text before tokenizing: the first letters of a stem
        # appear in every word with that stem (``_probe``); a prefix is its own.
        self._probes = tuple({_probe(s) for s in exact if s} | {p[:4] for p in self.prefixes if p})
        self._probe_pattern = re.compile("|".join(re.escape(p) for p in sorted(self._probes)))
        #: Each word already judged (a snippet of a common word meets the same words often).
        self._verdicts: dict[str, bool] = {}

    def matches(self, stem: str) -> bool:
        return stem in self.exact or stem.startswith(self.prefixes)

    def score(self, text: str) -> int:
        """A quick measure of how much of the query ``text`` holds, to pick a snippet's source.

        Counts the query's stems as substrings of the folded text (so no tokenizing);
        distinct stems found count most.
        """
        if not self._probes:
            return 0
        folded = fold(text[:MAX_TEXT])
        score = 0
        for probe in self._probes:
            found = folded.count(probe)
            if found:
                score += 1000 + found
        return score

    def highlight(self, text: str) -> SafeString:
        """All of ``text``, escaped, with every matching word marked."""
        text = text[:MAX_TEXT]
        return _render(text, self._marks(text), 0, len(text))

    def snippet(self, text: str, width: int = WINDOW_CHARS) -> SafeString:
        """The stretch of ``text`` (about ``width`` characters, whole words) with the most
        matches, marked."""
        text = text[:MAX_TEXT]
        lo, hi = self._region(text)
        part = text[lo:hi]
        marks = self._marks(part)
        begin, end = 0, len(part)
        if end > width:
            first = _best_window([start for start, _ in marks], width)
            begin = max(0, min(first - width // 4, end - width))
            # Whole words: start after a space and end before one, when one lies
            # within a quarter of the width (text without spaces is cut where it falls).
            quarter = width // 4
            if begin <= quarter:
                begin = 0
            else:
                space = part.rfind(" ", begin - quarter, begin)
                begin = space + 1 if space >= 0 else begin
            space = part.rfind(" ", begin + width - quarter, begin + width)
            end = space if space >= 0 else begin + width
        return _render(part, marks, begin, end, lo > 0, hi < len(text))

    def _marks(self, part: str) -> list[tuple[int, int]]:
        """The spans of the words of ``part`` that match the query.

        Found where a probe appears when folding keeps the text's offsets (nearly
        always); otherwise every word is stemmed."""
        if not self._probes:
            return []
        folded = fold(part)
        if len(folded) == len(part):
            return list(self._found(folded))
        if not any(p in folded for p in self._probes):
            return []
        return [word.span() for word in WORD.finditer(part) if self._word_matches(word.group())]

    def _found(self, folded: str) -> Iterator[tuple[int, int]]:
        """The spans of the words of folded text that match the query: each place a
        probe appears is checked by stemming the word around it ("ener" is in
        "generous", which is no match for "energy")."""
        end = 0
        for probe in self._probe_pattern.finditer(folded):
            start = probe.start()
            if start < end:
                continue  # a second probe in a word already judged
            while start and folded[start - 1].isalnum():
                start -= 1
            word = WORD.match(folded, start)
            if word is None:
                continue
            end = word.end()
            if self._word_matches(word.group()):
                yield word.span()

    def _word_matches(self, word: str) -> bool:
        verdict = self._verdicts.get(word)
        if verdict is None:
            verdict = any(self.matches(stem(w)) for w in WORD.findall(fold(word)))
            self._verdicts[word] = verdict
        return verdict

    def _region(self, text: str) -> tuple[int, int]:
        """Where in a long text to look: around the first match (tokenizing all is slow)."""
        if len(text) <= REGION or not self._probes:
            return 0, min(len(text), REGION)
        # Folding keeps offsets for most text; a small drift only moves the window.
        centre = next(self._found(fold(text)), (0, 0))[0]
        lo = max(0, centre - REGION // 3)
        # Start at a word, unless there is no space to start after.
        space = text.rfind(" ", 0, lo) if lo else -1
        lo = space + 1 if space >= 0 else lo
        hi = min(len(text), lo + REGION)
        return lo, hi


def _probe(stem: str) -> str:
    """Letters that every word with this stem holds: its first four, less the letters
    English stemming changes at a stem's end ("make" for "making", "tri" for "try",
    "die" for "dying", "sky" for "skies"). Russian stems are the words' own beginnings."""
    return (stem.rstrip("eiy") or stem)[:4]


def _best_window(hits: list[int], width: int) -> int:
    """Where the first hit of the stretch of ``width`` holding the most hits lies (0 when
    there are none): ``hits`` are ascending positions."""
    best, best_count, left = 0, 0, 0
    for right, position in enumerate(hits):
        while position - hits[left] >= width:
            left += 1
        if right - left + 1 > best_count:
            best, best_count = hits[left], right - left + 1
    return best


def _render(
    text: str,
    marked: list[tuple[int, int]],
    begin: int,
    end: int,
    before: bool = False,
    after: bool = False,
) -> SafeString:
    """``text[begin:end]`` escaped, with the ``marked`` words (spans) in ``<mark>``."""
    out: list[str] = ["… " if begin > 0 or before else ""]
    cursor = begin
    for start, stop in marked:
        if start < max(begin, cursor) or stop > end:
            continue
        out.append(escape(text[cursor:start]))
        out.append(f"<mark>{escape(text[start:stop])}</mark>")
        cursor = stop
    out.append(escape(text[cursor:end]))
    if end < len(text) or after:
        out.append(" …")
    return mark_safe("".join(out))
