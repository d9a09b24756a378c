"""json: one Document, versioned; jsonl: the full dump, one record a line (see ``dump``)."""

from collections.abc import Iterable, Iterator

from pressroom.document import Document
from pressroom.exporters import Exporter, register
from pressroom.exporters.dump import render_dump


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
        description="the full dump: catalog records, then one event a line; "
        "pressroom import restores it",
        render_one=lambda doc: doc.to_json() + "\n",
        render_many=render_lines,
        render_archive=render_dump,
    )
)
