"""Helpers for the text version tests: build texts line by line."""

from __future__ import annotations

from pressroom.document import Document
from pressroom.textformat import parse

#: The closing lines every English example below shares.
CLOSING = [
    "Publication status",
    "Published in sections: News",
    "Publication date: March 14, 2024, 14:45",
    "Text version",
]


def english(*middle: str, title: str = "A meeting") -> str:
    """A minimal valid English text with ``middle`` between the title and the closing."""
    return "\n".join(["Events", title, *middle, *CLOSING]) + "\n"


def parse_lines(*middle: str, title: str = "A meeting") -> Document:
    return parse(english(*middle, title=title))
