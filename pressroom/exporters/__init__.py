"""A registry of small renderers, one module per format (docs/exports.md).

Each format renders one Document, and optionally a stream of them (a whole
archive), always as an iterator of strings so any archive size streams.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from pressroom.document import Document


@dataclass(frozen=True)
class Exporter:
    name: str
    media_type: str
    extension: str
    description: str
    render_one: Callable[[Document], str]
    #: Renders many documents as one stream; formats without it export one event at a time.
    render_many: Callable[[Iterable[Document]], Iterator[str]] | None = None


EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    EXPORTERS[exporter.name] = exporter
    return exporter


def get(name: str) -> Exporter:
    from pressroom.exporters import formats  # noqa: F401  (registers every format)

    try:
        return EXPORTERS[name]
    except KeyError:
        known = ", ".join(sorted(EXPORTERS))
        raise KeyError(f"unknown format {name!r} (known: {known})") from None


def names() -> list[str]:
    from pressroom.exporters import formats  # noqa: F401

    return sorted(EXPORTERS)
