"""From untrusted bytes or text to checked lines: size, encoding, control characters."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressroom.textformat.errors import ParseError

#: A text version is a few kilobytes; the longest real transcript is under 1 MB.
MAX_BYTES = 5 * 1024 * 1024

#: C0 controls other than tab and line feed, DEL, and lone surrogates (which no
#: UTF-8 file can hold) make a text that is not a text version.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


@dataclass(frozen=True)
class SourceLines:
    lines: list[str]
    final_newline: bool


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def decode(data: str | bytes) -> str:
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        if len(raw) > MAX_BYTES:
            raise ParseError(1, "the text is larger than 5 MB; a text version is far smaller")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            byte = raw[exc.start]
            raise ParseError(
                line, f"not UTF-8 text (byte 0x{byte:02X} cannot be read); is this a text file?"
            ) from None
    if not isinstance(data, str):
        raise ParseError(1, f"expected text or bytes, got {type(data).__name__}")
    if len(data) > MAX_BYTES or (
        len(data) > MAX_BYTES // 4 and len(data.encode("utf-8", "surrogatepass")) > MAX_BYTES
    ):
        raise ParseError(1, "the text is larger than 5 MB; a text version is far smaller")
    return data


def split_lines(data: str | bytes) -> SourceLines:
    """The lines of a text version, checked; a leading BOM and CRLF ends are read too."""
    text = decode(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    bad = _FORBIDDEN.search(text)
    if bad is not None:
        char = bad.group()
        what = "a NUL byte" if char == "\x00" else f"the control character U+{ord(char):04X}"
        raise ParseError(
            _line_of(text, bad.start()), f"{what} cannot occur in a text version; is this binary?"
        )
    if not text.strip():
        raise ParseError(1, "the text is empty")
    lines = text.split("\n")
    final_newline = lines[-1] == ""
    # Blank lines after the end are a copy-paste artefact, not content.
    while lines and not lines[-1].strip():
        lines.pop()
    return SourceLines(lines=lines, final_newline=final_newline)
