"""An event's body as the page prints it: blocks with permanent anchors and linked mentions.

Anchors are ``t<k>`` for the k-th speech turn and ``t<k>p<j>`` for its j-th
paragraph, ``p<k>`` for the k-th narrative paragraph (all from 1, written by
``core.addresses.anchor``), so a citation of a turn keeps pointing at it. Text
stays text: the template escapes every segment; links are built here from ids,
never from markup in the content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from pressroom.core.addresses import anchor
from pressroom.document import Block, Narrative, Paragraph, PersonRef, Turn


@dataclass(frozen=True)
class Segment:
    text: str
    url: str = ""


@dataclass(frozen=True)
class ParagraphView:
    anchor: str
    segments: list[Segment]


@dataclass(frozen=True)
class BlockView:
    kind: str
    anchor: str = ""
    label: str = ""
    speaker_url: str = ""
    paragraphs: list[ParagraphView] = field(default_factory=list)


def _paragraphs(block: Block) -> tuple[Paragraph, ...]:
    if isinstance(block, Turn):
        return block.paragraphs
    if isinstance(block, Narrative):
        return (block.paragraph,)
    return ()


def mention_ids(body: Iterable[Block]) -> set[str]:
    """The catalog ids of every person mentioned inline in ``body``."""
    return {
        ref.catalog_id
        for block in body
        for paragraph in _paragraphs(block)
        for ref in paragraph.mentions
        if ref.catalog_id
    }


def segments(text: str, refs: Sequence[PersonRef], person_urls: Mapping[str, str]) -> list[Segment]:
    """``text`` cut at valid, ordered mentions of known persons; anything else stays plain."""
    cuts: list[tuple[int, int, str]] = []
    for ref in refs:
        start, end = ref.start, ref.end
        url = person_urls.get(ref.catalog_id, "")
        if not (url and isinstance(start, int) and isinstance(end, int)):
            continue
        if 0 <= start < end <= len(text) and (not cuts or start >= cuts[-1][1]):
            cuts.append((start, end, url))
    out: list[Segment] = []
    position = 0
    for start, end, url in cuts:
        if start > position:
            out.append(Segment(text[position:start]))
        out.append(Segment(text[start:end], url))
        position = end
    if position < len(text) or not out:
        out.append(Segment(text[position:]))
    return out


def body_views(
    body: Iterable[Block],
    speakers: Iterable[int | None],
    person_urls: Mapping[str, str],
    speaker_url: Callable[[int], str],
) -> list[BlockView]:
    """The views of ``body``; ``speakers``: the person id of each block's turn, or None."""
    views: list[BlockView] = []
    turns = narratives = 0
    for block, person_id in zip(body, speakers, strict=True):
        if isinstance(block, Turn):
            turns += 1
            paragraphs = block.paragraphs
            if len(paragraphs) == 1 and not paragraphs[0].text:
                paragraphs = ()  # a turn with no text prints its label alone
            views.append(
                BlockView(
                    kind="turn",
                    anchor=anchor(turns),
                    label=block.label,
                    speaker_url=speaker_url(person_id) if person_id else "",
                    paragraphs=[
                        ParagraphView(anchor(turns, j), segments(p.text, p.mentions, person_urls))
                        for j, p in enumerate(paragraphs, start=1)
                    ],
                )
            )
        elif isinstance(block, Narrative):
            narratives += 1
            here = anchor(paragraph=narratives)
            para = block.paragraph
            views.append(
                BlockView(
                    kind="narrative",
                    anchor=here,
                    paragraphs=[
                        ParagraphView(here, segments(para.text, para.mentions, person_urls))
                    ],
                )
            )
        else:
            views.append(BlockView(kind=block.kind))
    return views
