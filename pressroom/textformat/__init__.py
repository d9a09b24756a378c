"""The text version of an event: parse it into a Document and render it back.

``parse(text)`` reads the layout described in docs/text-format.md (English and
Russian) and raises only ``ParseError``; ``render(document)`` writes it, so that
``render(parse(text)) == text`` for every text pressroom renders.
"""

from pressroom.textformat.errors import ParseError
from pressroom.textformat.parser import parse
from pressroom.textformat.renderer import render
from pressroom.textformat.source import MAX_BYTES

__all__ = ["MAX_BYTES", "ParseError", "parse", "render"]
