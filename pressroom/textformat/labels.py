"""Which body lines start a speech turn: the rules for speaker labels.

A label is what precedes ``: `` at the start of a paragraph (or stands alone before
a line starting ``: ``, or alone with a trailing colon). A colon alone does not make
one: ``The message reads, in part:`` is narrative. The rules, measured on the real
pages' bold labels and on their other paragraphs (docs/text-format.md):

* shape: at most 200 characters and 30 words, no sentence punctuation
  (``! ? ; " “ ” « » …``, a colon, or a full stop that ends a word rather than an
  initial), no tab or line break;
* evidence: a label that names someone the document already knows is accepted on
  shape alone: an anonymous label (``Question``, ``Реплика``), a label that names
  one of the Persons tags, or a label equal to (or the end of) an earlier label;
* otherwise it must read like a name: it starts with a capital letter, has no
  word that only prose uses (``I``, ``we``, ``said``, ``reads``, a lowercase word
  in ``-ed``…), and one of its comma parts ends with a name of two or more
  capitalised words (``Vladimir Putin``, ``Van der Bellen``, ``VLADIMIR PUTIN``)
  or an initials form (``В.Путин``, ``К.-Ж.Токаев``, ``V. Putin``), or it opens
  with an anonymous speaker's word (``Question from Izhevsk``). A trailing
  parenthesis (``(retranslated)``, ``(Moscow)``) is ignored.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pressroom.textformat.names import is_anonymous

MAX_LABEL_CHARS = 200
MAX_LABEL_WORDS = 30

_FORBIDDEN = re.compile(r'[!?;:"“”«»…\t\n\r]')
#: A full stop after a word of two or more letters ends a sentence; after one
#: letter it is an initial (``Adnan Z. Amin``, ``В.Путин``).
_SENTENCE_STOP = re.compile(r"[^\W\d_]{2,}\.(?:\s|$)")
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]{1,80}\)$")
#: A lowercase past-tense verb (``viewed``, ``concentrated``): prose, not a title.
_PAST_TENSE = re.compile(r"^[a-z]{2,}ed$")
_INITIALS_FORM = re.compile(r"^(?:[^\W\d_]\.[-\s]?)+[^\W\d_][\w'’-]*$")

#: Lowercase words allowed inside a name (``Van der Bellen``, ``bin Salman``).
NAME_PARTICLES = frozenset(
    {"van", "der", "den", "von", "de", "da", "di", "del", "la", "le", "du", "bin", "ibn",
     "al", "el", "y", "dos", "das", "ter", "ten", "zu"}
)  # fmt: skip

#: Words that occur in prose before a colon and never in a speaker's title.
PROSE_WORDS = frozenset(
    {"I", "i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "them",
     "my", "our", "your", "his", "its", "their", "this", "that", "these", "those",
     "there", "here", "is", "are", "was", "were", "be", "been", "will", "would",
     "shall", "should", "can", "could", "may", "might", "must", "have", "has", "had",
     "do", "does", "did", "not", "said", "says", "say", "reads", "read", "told",
     "noted", "added", "stated", "wrote", "follows", "following", "let", "also",
     "which", "who", "what", "when", "where", "how", "why", "if", "so", "as",
     "took", "set", "applies", "same", "during", "before", "after",
     "я", "мы", "вы", "ты", "он", "она", "они", "оно", "это", "этот", "эта", "что",
     "как", "так", "был", "была", "были", "есть", "будет", "сказал", "сказала",
     "говорится", "отметил", "заявил", "написал", "не", "вот", "все", "всё"}
)  # fmt: skip


@lru_cache(maxsize=8192)
def plausible_shape(label: str) -> bool:
    """Short, one line, no sentence punctuation: could be a label at all."""
    if not label or len(label) > MAX_LABEL_CHARS or label != label.strip():
        return False
    if _FORBIDDEN.search(label) or _SENTENCE_STOP.search(label):
        return False
    return len(label.split()) <= MAX_LABEL_WORDS


def _capitalised(word: str) -> bool:
    """``Kassym-Jomart``, ``al-Ketbi``, ``O’Neill``, ``VLADIMIR``: a name word."""
    return any(part[:1].isupper() for part in word.split("-"))


def _ends_with_name(words: list[str]) -> bool:
    """The last words are a name: two or more capitalised words, or an initials form."""
    if not words:
        return False
    if _INITIALS_FORM.match(words[-1]) and words[-1][0].isupper():
        return True
    capitalised = 0
    for word in reversed(words):
        if _capitalised(word):
            capitalised += 1
        elif word.casefold() not in NAME_PARTICLES:
            break
    return capitalised >= 2 and _capitalised(words[-1])


@lru_cache(maxsize=8192)
def reads_like_name(label: str) -> bool:
    """A label that needs no evidence: it ends (or one comma part ends) with a name,
    or it opens with an anonymous speaker's word (``Question from Izhevsk``)."""
    core = _TRAILING_PARENTHESIS.sub("", label)
    if not core or not core[0].isupper():
        return False
    words = core.split()
    for word in words:
        bare = word.strip(",")
        if bare in PROSE_WORDS or _PAST_TENSE.match(bare):
            return False
    if is_anonymous(words[0]):
        return True
    parts = core.split(", ")
    if len(parts) > 3:
        return False
    return any(_ends_with_name(part.split()) for part in parts)
