"""An event's body as the page prints it: blocks with permanent anchors and linked mentions.

Anchors are ``t<k>`` for the k-th speech turn and ``t<k>p<j>`` for its j-th
paragraph, ``p<k>`` for the k-th narrative paragraph (all from 1, written by
``core.addresses.anchor``), so a citation of a turn keeps pointing at it. Text
stays text: the template escapes every segment; links are built here from ids,
never from markup in the content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pressroom.core.addresses import anchor
from pressroom.events.models import Block


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


def mention_ids(blocks: Iterable[Block]) -> set[str]:
    """The catalog ids of every person mentioned inline in ``blocks``."""
    return {
        str(ref.get("catalog_id"))
        for block in blocks
        for refs in (block.mentions or [])
        for ref in refs
        if isinstance(ref, dict) and ref.get("catalog_id")
    }


def segments(text: str, refs: Any, person_urls: Mapping[str, str]) -> list[Segment]:
    """``text`` cut at valid, ordered mentions of known persons; anything else stays plain."""
    cuts: list[tuple[int, int, str]] = []
    for ref in refs if isinstance(refs, list) else []:
        if not isinstance(ref, dict):
            continue
        start, end = ref.get("start"), ref.get("end")
        url = person_urls.get(str(ref.get("catalog_id") or ""), "")
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
    blocks: Iterable[Block],
    person_urls: Mapping[str, str],
    speaker_url: Callable[[int], str],
) -> list[BlockView]:
    views: list[BlockView] = []
    turns = narratives = 0
    for block in blocks:
        mentions = block.mentions if isinstance(block.mentions, list) else []

        def refs(i: int, mentions: list[Any] = mentions) -> Any:
            return mentions[i] if i < len(mentions) else []

        if block.kind == Block.Kind.TURN:
            turns += 1
            views.append(
                BlockView(
                    kind="turn",
                    anchor=anchor(turns),
                    label=block.label,
                    speaker_url=speaker_url(block.person_id) if block.person_id else "",
                    paragraphs=[
                        ParagraphView(anchor(turns, j), segments(text, refs(j - 1), person_urls))
                        for j, text in enumerate(block.paragraphs, start=1)
                    ],
                )
            )
        elif block.kind == Block.Kind.NARRATIVE:
            narratives += 1
            here = anchor(paragraph=narratives)
            views.append(
                BlockView(
                    kind="narrative",
                    anchor=here,
                    paragraphs=[ParagraphView(here, segments(block.text, refs(0), person_urls))],
                )
            )
        else:
            views.append(BlockView(kind=str(block.kind)))
    return views
