"""Stable XML ids for persons and roles named in one Document."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NOT_NAME = re.compile(r"[^A-Za-z0-9]+")


def xml_id(prefix: str, text: str) -> str:
    """An NCName from any text: ASCII letters and digits, plus a short hash when lossy."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = [w for w in _NOT_NAME.split(folded) if w]
    base = "".join(w[:1].upper() + w[1:] for w in words)[:60]
    if base != text.replace(" ", "") or not base:
        base += "." + hashlib.sha1(text.encode()).hexdigest()[:6]
    return f"{prefix}.{base}"


# Characters XML 1.0 cannot carry at all; real pages never need them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)
