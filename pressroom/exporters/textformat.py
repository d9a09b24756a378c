"""txt: the text version of each event (docs/text-format.md)."""

from collections.abc import Iterable, Iterator
from dataclasses import replace

from pressroom.document import Document
from pressroom.exporters import Exporter, register
from pressroom.textformat import render


def render_many(documents: Iterable[Document]) -> Iterator[str]:
    # Text versions carry no delimiter of their own; a form feed separates them.
    for index, doc in enumerate(documents):
        if index:
            yield "\f\n"
        yield render(doc)


TEXT = register(
    Exporter(
        name="txt",
        media_type="text/plain; charset=utf-8",
        extension="txt",
        description="the text version, as on the site's 'Text version' page",
        render_one=render,
        render_many=render_many,
    )
)
# The name the registry first used for this format.
register(replace(TEXT, name="text"))
