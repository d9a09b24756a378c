"""Highlighted snippets built from the original text, never from engine output.

Every piece of text is escaped; only the ``<mark>`` tags added here are markup.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from html import escape

from django.utils.safestring import SafeString, mark_safe

from pressroom.search.text import WORD, fold, stem

WINDOW_WORDS = 36
MAX_TEXT = 200_000
#: Characters around the first match that a snippet is chosen from.
REGION = 400


class Highlighter:
    """Knows which stems a query asks for, and marks them in any text."""

    def __init__(self, exact: set[str], prefixes: Iterable[str] = ()) -> None:
        self.exact = exact
        self.prefixes = tuple(prefixes)
        # A quick test on folded text before tokenizing: a word's stem is (nearly
        # always) a prefix of the folded word, so its first letters must appear.
        self._probes = tuple({s[:4] for s in (*exact, *self.prefixes) if s})
        self._probe_pattern = re.compile("|".join(re.escape(p) for p in sorted(self._probes)))
        #: Each word already judged (a snippet of a common word meets the same words often).
        self._verdicts: dict[str, bool] = {}

    def matches(self, stem: str) -> bool:
        return stem in self.exact or stem.startswith(self.prefixes)

    def may_match(self, text: str) -> bool:
        if not self._probes:
            return False
        folded = fold(text[:MAX_TEXT])
        return any(p in folded for p in self._probes)

    def score(self, text: str) -> int:
        """A quick measure of how much of the query ``text`` holds, to pick a snippet's source.

        Counts the query's stems as substrings of the folded text (so no tokenizing);
        distinct stems found count most.
        """
        if not self._probes:
            return 0
        folded = fold(text[:MAX_TEXT])
        counts = [folded.count(p) for p in self._probes]
        return sum(1 for c in counts if c) * 1000 + sum(counts)

    def highlight(self, text: str) -> SafeString:
        """All of ``text``, escaped, with every matching word marked."""
        text = text[:MAX_TEXT]
        if not self.may_match(text):
            return _render(text, [], 0, len(text))
        words = [m.span() for m in WORD.finditer(text)]
        marked = [words[i] for i in self._matching(text, words)]
        return _render(text, marked, 0, len(text))

    def snippet(self, text: str, width: int = WINDOW_WORDS) -> SafeString:
        """The stretch of ``text`` (about ``width`` words) with the most matches, marked."""
        text = text[:MAX_TEXT]
        lo, hi = self._region(text)
        part = text[lo:hi]
        words = [m.span() for m in WORD.finditer(part)]
        if not words:
            return mark_safe(escape(part[:300]))
        hits = self._matching(part, words)
        start = _best_window(hits, width)
        start = max(0, min(start - width // 4, len(words) - width))
        last = words[min(len(words), start + width) - 1]
        begin = 0 if start == 0 else words[start][0]
        end = len(part) if start + width >= len(words) else last[1]
        marked = [words[i] for i in hits]
        return _render(part, marked, begin, end, lo > 0, hi < len(text))

    def _matching(self, part: str, words: list[tuple[int, int]]) -> list[int]:
        """Indexes of the ``words`` (spans of ``part``) that match the query.

        Only the words where a probe appears are stemmed, when folding keeps the
        text's offsets (nearly always); otherwise every word is."""
        folded = fold(part)
        if len(folded) != len(part) or not self._probes:
            candidates: Iterable[int] = range(len(words))
        else:
            # A probe (letters and digits) lies within one word: the last starting before it.
            starts = [s for s, _ in words]
            found = {
                bisect_right(starts, m.start()) - 1 for m in self._probe_pattern.finditer(folded)
            }
            candidates = sorted(i for i in found if i >= 0)
        return [i for i in candidates if self._word_matches(part[slice(*words[i])])]

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
        centre = self._first_match(fold(text))
        lo = max(0, centre - REGION // 3)
        # Start at a word, unless there is no space to start after.
        space = text.rfind(" ", 0, lo) if lo else -1
        lo = space + 1 if space >= 0 else lo
        hi = min(len(text), lo + REGION)
        return lo, hi

    def _first_match(self, folded: str) -> int:
        """Where the first word matching the query starts (0 if none does): each place a
        probe appears is checked by stemming the word around it ("ener" is in
        "generous", which is no match for "energy")."""
        for found in self._probe_pattern.finditer(folded):
            start = found.start()
            while start and folded[start - 1].isalnum():
                start -= 1
            word = WORD.match(folded, start)
            if word and self.matches(stem(word.group())):
                return start
        return 0


def _best_window(hits: list[int], width: int) -> int:
    """Index of the first hit of the window holding the most hits."""
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
