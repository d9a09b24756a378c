"""What every source reader yields: one item per document found, good or rejected."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from pressroom.document import Document
from pressroom.events.store import IMPORT, SavePolicy


@dataclass(frozen=True)
class Problem:
    """Why a document was rejected (or warned about); ``line`` when it is known."""

    message: str
    line: int | None = None

    def format(self, source: str) -> str:
        where = f"{source}:{self.line}" if self.line is not None else source
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class CatalogRecord:
    """A dump's section, topic, place or person, for the import runner to store."""

    fields: Mapping[str, Any]
    line: int


@dataclass(frozen=True)
class Item:
    """One thing read from a source: a Document, a catalog record, or the problem that
    rejected it. Readers never write: the import runner stores what they yield, in order.
    """

    source: str
    document: Document | None = None
    problem: Problem | None = None
    warnings: tuple[Problem, ...] = ()
    #: A feed entry's ``updated``: the store skips it unless newer than the stored one.
    updated: dt.datetime | None = None
    #: Recognises a re-import of a document that carries no id (docs/import.md).
    source_key: str = ""
    #: A catalog record to store before the documents that follow it.
    record: CatalogRecord | None = None
    #: How the store saves the document (a dump's events: as the dump has them).
    policy: SavePolicy = IMPORT

    @property
    def ok(self) -> bool:
        return self.document is not None and self.problem is None


@dataclass(frozen=True)
class Reader:
    """A source format: ``sniff`` looks at the first bytes, ``read`` yields items.

    ``read`` gets the open binary stream and the source name used in messages;
    it must never raise for bad content, only yield rejected items.
    """

    name: str
    sniff: Callable[[bytes, str], bool]
    read: Callable[[BinaryIO, str], Iterator[Item]]
    #: Lower runs first; containers (archives) before documents.
    priority: int = 50
    description: str = ""


REGISTRY: list[Reader] = []


def register(reader: Reader) -> Reader:
    REGISTRY.append(reader)
    REGISTRY.sort(key=lambda r: r.priority)
    return reader


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    extra: dict[str, int] = field(default_factory=dict)
