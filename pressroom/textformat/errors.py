"""The one exception the text parser raises."""

from __future__ import annotations


class ParseError(ValueError):
    """A text that is not a text version; says where (1-based line) and why.

    ``str(error)`` is ``line N: message``; the importer adds the file name, kept in
    ``source`` when the caller passed one.
    """

    def __init__(self, line: int, message: str, *, source: str = "") -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message
        self.source = source

    def __reduce__(self) -> tuple[type[ParseError], tuple[int, str]]:
        # Keeps the exception picklable (worker processes) despite the custom signature.
        return (self.__class__, (self.line, self.message))
