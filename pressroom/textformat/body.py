"""The body: one paragraph a line, grouped into turns, omissions, separators, narrative.

A line opens a turn when it carries a speaker label (``labels.py``) in one of three
layouts: ``Label: text``; ``Label`` then a line ``: text``; ``Label:`` then the text
on the next line. Lines without a label continue the open turn, or are narrative
when no turn is open. ``<…>`` and ``* * *`` close any open turn.
"""

from __future__ import annotations

from collections.abc import Sequence

from pressroom.document import Block, LabelLayout, Narrative, Omission, Paragraph, Separator, Turn
from pressroom.textformat.labels import MAX_LABEL_CHARS, plausible_shape, reads_like_name
from pressroom.textformat.speakers import TextEvidence

OMISSION = "<…>"
SEPARATOR = "* * *"
SPLIT_MARK = ": "


class _OpenTurn:
    __slots__ = ("label", "layout", "paragraphs", "role", "speaker")

    def __init__(self, label: str, layout: LabelLayout, first: str) -> None:
        self.label = label
        self.layout = layout
        self.paragraphs = [Paragraph(first)]
        self.speaker: str | None = None
        self.role = ""

    def close(self) -> Turn:
        return Turn(
            label=self.label,
            paragraphs=tuple(self.paragraphs),
            layout=self.layout,
            speaker=self.speaker,
            role=self.role,
        )


class TextBodyReader:
    def __init__(self, person_tags: Sequence[str]) -> None:
        self.speakers = TextEvidence(person_tags)
        self._accepted: set[str] = set()

    def is_label(self, label: str) -> bool:
        if label in self._accepted:
            return True
        if not plausible_shape(label):
            return False
        if reads_like_name(label) or self.speakers.knows(label):
            # Evidence only grows along the text, so an accepted label stays accepted.
            self._accepted.add(label)
            return True
        return False

    def _inline_label(self, line: str) -> str | None:
        # Labels are short: look for the colon only where a label could end.
        pos = line.find(SPLIT_MARK, 0, MAX_LABEL_CHARS + 1)
        if pos <= 0:
            return None
        label = line[:pos]
        return label if self.is_label(label) else None

    def _opens_own_line(self, line: str, following: str | None) -> bool:
        """``Label:`` alone, with the turn's first paragraph on the next line."""
        if following is None or len(line) < 2 or not line.endswith(":"):
            return False
        if following in (OMISSION, SEPARATOR) or following.startswith(SPLIT_MARK):
            return False
        if not self.is_label(line[:-1]):
            return False
        return self._inline_label(following) is None

    def read(self, lines: list[str], start: int, end: int) -> tuple[Block, ...]:
        blocks: list[Block] = []
        turn: _OpenTurn | None = None
        i = start
        while i < end:
            line = lines[i]
            following = lines[i + 1] if i + 1 < end else None
            opened: _OpenTurn | None = None
            step = 1
            if line in (OMISSION, SEPARATOR):
                if turn is not None:
                    blocks.append(turn.close())
                    turn = None
                blocks.append(Omission() if line == OMISSION else Separator())
                i += 1
                continue
            if (
                following is not None
                and following.startswith(SPLIT_MARK)
                and line
                and self.is_label(line)
            ):
                opened, step = _OpenTurn(line, "split", following[len(SPLIT_MARK) :]), 2
            elif line.endswith(":") and self._opens_own_line(line, following):
                assert following is not None
                opened, step = _OpenTurn(line[:-1], "own_line", following), 2
            elif (label := self._inline_label(line)) is not None:
                opened = _OpenTurn(label, "inline", line[len(label) + len(SPLIT_MARK) :])
            if opened is not None:
                if turn is not None:
                    blocks.append(turn.close())
                opened.speaker, opened.role = self.speakers.resolve(opened.label)
                turn = opened
            elif turn is not None:
                turn.paragraphs.append(Paragraph(line))
            else:
                blocks.append(Narrative(Paragraph(line)))
            i += step
        if turn is not None:
            blocks.append(turn.close())
        return tuple(blocks)
