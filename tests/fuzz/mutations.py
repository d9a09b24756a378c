"""Real-looking damaged inputs: the project's own fixtures, mutated as files get damaged.

Truncated, bytes flipped, slices deleted or repeated, lines swapped between files,
re-encoded in another charset, tags removed or duplicated, blown up to huge sizes.
"""

from __future__ import annotations

import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from hypothesis import strategies as st

DATA = Path(__file__).resolve().parents[1] / "data"
TEXTS = [p.read_bytes() for p in sorted((DATA / "text").rglob("*.txt"))]
PAGES = [p.read_bytes() for p in sorted((DATA / "kremlin").glob("*.html"))]
ENCODINGS = ("cp1251", "utf-16", "utf-16-le", "latin-1", "koi8-r", "utf-8-sig", "ascii")
#: A bound on one example's wall time: far above any honest parse, even on a busy machine.
EXAMPLE_SECONDS = 20
_TAG = re.compile(rb"<[^<>]{0,300}>")
#: Sizes around the parsers' limits (text 5 MB, page 32 MB) and well past them.
HUGE_SIZES = (1_000_000, 5 * 1024 * 1024 + 1, 12_000_000, 33 * 1024 * 1024)


class Hang(AssertionError):
    """One example ran past EXAMPLE_SECONDS."""


@contextmanager
def wall_bound(seconds: float = EXAMPLE_SECONDS) -> Iterator[None]:
    def stop(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"still parsing after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _at(data: bytes, where: float) -> int:
    return min(len(data), int(len(data) * where))


@st.composite
def truncate(draw: st.DrawFn, data: bytes) -> bytes:
    return data[: _at(data, draw(st.floats(0, 1)))]


@st.composite
def flip_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 16))):
        if out:
            i = _at(out, draw(st.floats(0, 0.999)))
            out[min(i, len(out) - 1)] ^= draw(st.integers(1, 255))
    return bytes(out)


@st.composite
def splice(draw: st.DrawFn, data: bytes) -> bytes:
    """Delete, repeat or insert a slice (random bytes or a slice of another fixture)."""
    a, b = sorted((_at(data, draw(st.floats(0, 1))), _at(data, draw(st.floats(0, 1)))))
    action = draw(st.sampled_from(("delete", "repeat", "insert", "foreign")))
    if action == "delete":
        return data[:a] + data[b:]
    if action == "repeat":
        return data[:b] + data[a:b] * draw(st.integers(1, 20)) + data[b:]
    if action == "insert":
        return data[:a] + draw(st.binary(min_size=1, max_size=64)) + data[a:]
    other = draw(st.sampled_from(TEXTS + PAGES))
    c, d = sorted((_at(other, draw(st.floats(0, 1))), _at(other, draw(st.floats(0, 1)))))
    return data[:a] + other[c:d] + data[b:]


@st.composite
def swap_lines(draw: st.DrawFn, data: bytes) -> bytes:
    lines = data.split(b"\n")
    if len(lines) < 2:
        return data
    i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
    lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


@st.composite
def reencode(draw: st.DrawFn, data: bytes) -> bytes:
    text = data.decode("utf-8", errors="replace")
    return text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")


@st.composite
def retag(draw: st.DrawFn, data: bytes) -> bytes:
    """Remove or duplicate one tag, or every tag of one name."""
    tags = list(_TAG.finditer(data))
    if not tags:
        return data
    tag = draw(st.sampled_from(tags))
    action = draw(st.sampled_from(("remove", "duplicate", "remove-name")))
    if action == "remove":
        return data[: tag.start()] + data[tag.end() :]
    if action == "duplicate":
        return data[: tag.end()] + tag.group() + data[tag.end() :]
    name = re.match(rb"</?([A-Za-z0-9]+)", tag.group())
    if name is None:
        return data
    return re.sub(rb"</?" + re.escape(name.group(1)) + rb"\b[^<>]{0,300}>", b"", data)


@st.composite
def blow_up(draw: st.DrawFn, data: bytes) -> bytes:
    """Repeat the middle of the file until it reaches a huge size."""
    size = draw(st.sampled_from(HUGE_SIZES))
    a, b = len(data) // 3, max(len(data) // 3 + 1, 2 * len(data) // 3)
    middle = data[a:b] or b"x"
    return data[:a] + middle * (size // len(middle) + 1) + data[b:]


SMALL_MUTATIONS = (truncate, flip_bytes, splice, swap_lines, reencode, retag)


@st.composite
def damaged(draw: st.DrawFn, seeds: list[bytes], huge: bool = False) -> bytes:
    data = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(1, 4))):
        data = draw(draw(st.sampled_from(SMALL_MUTATIONS))(data))
    if huge:
        data = draw(blow_up(data))
    return data
