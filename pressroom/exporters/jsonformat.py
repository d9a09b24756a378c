"""json: one Document, versioned; jsonl: one Document a line, for any number of events."""

from collections.abc import Iterable, Iterator

from pressroom.document import Document
from pressroom.exporters import Exporter, register


def render_json(doc: Document) -> str:
    return doc.to_json(indent=2) + "\n"


def render_lines(documents: Iterable[Document]) -> Iterator[str]:
    for doc in documents:
        yield doc.to_json() + "\n"


register(
    Exporter(
        name="json",
        media_type="application/json",
        extension="json",
        description="the Document's JSON form (schema pressroom.document/1)",
        render_one=render_json,
    )
)
register(
    Exporter(
        name="jsonl",
        media_type="application/x-ndjson",
        extension="jsonl",
        description="JSON Lines: one Document a line; pressroom import reads it back",
        render_one=lambda doc: doc.to_json() + "\n",
        render_many=render_lines,
    )
)
