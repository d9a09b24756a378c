"""Text as the index sees it: folded, split into words, each word stemmed.

The same functions run at index time and at query time, so ``meetings`` and
``meeting`` meet at the stem ``meet``, and ``встречи`` and ``встреча`` at ``встреч``.
The language of each word is told by its script (Cyrillic: Russian, else English),
so a query needs no language setting and mixed text works.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

#: A word: letters and digits only (no underscore), as FTS5's unicode61 splits too.
WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

_english = snowballstemmer.stemmer("english")
_russian = snowballstemmer.stemmer("russian")


#: Combining marks of the scripts pressroom meets (Latin, Greek, Cyrillic).
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
#: й is a letter of its own in Russian, not и with a mark: it is kept through folding.
_SHORT_I, _KEEP = "й", "\ue000"


def fold(text: str) -> str:
    """Lower case, no diacritics (except й), ё = е, compatibility forms unified."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text
    text = text.replace("ё", "е").replace(_SHORT_I, _KEEP)
    text = _MARKS.sub("", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", text).replace(_KEEP, _SHORT_I)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one folded word."""
    if _CYRILLIC.search(word):
        return str(_russian.stemWord(word))
    if word.isdigit():
        return word
    return str(_english.stemWord(word))


def words(text: str) -> list[str]:
    """The folded words of ``text``, unstemmed."""
    return WORD.findall(fold(text))


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def index_text(text: str) -> str:
    """What the index stores for ``text``: its stems, in order, space-separated."""
    return " ".join(stems(text))
