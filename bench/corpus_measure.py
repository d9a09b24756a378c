"""Measure the kremlin.ru page reader on the real archive (../shared/corpus).

    .venv/bin/python -m bench.corpus_measure [ARCHIVE]

Prints: pages read and rejected; the share of bold speaker labels that became turns;
the share of turns by a tagged or known person that are linked to that person.
"""

from __future__ import annotations

import re
import sys
import tarfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from pressroom import textformat
from pressroom.document import (
    Block,
    Document,
    Gallery,
    Narrative,
    Paragraph,
    Photo,
    PlaceTag,
    Related,
    RelatedItem,
    Source,
    Tag,
    TextLayout,
    Turn,
)
from pressroom.ingest.kremlin import PageError, parse_page
from pressroom.textformat.names import KNOWN_PEOPLE, match_tag, strip_notes

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
ARCHIVE = CORPUS / "kremlin-en-2020.tar.xz"

#: A paragraph that opens with a bold label and a colon, in either form:
#: ``<b>Label:</b> text`` or ``<b>Label</b>: text``. Independent of the parser on purpose.
_BOLD_LABEL = re.compile(
    rb"<p[^>]*>\s*<(b|strong)>(?P<label>[^<]{1,150}?)\s*(?::\s*</(?:b|strong)>|</(?:b|strong)>\s*:)"
)
_SPACE = re.compile(r"\s+")


@dataclass
class Figures:
    pages: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    labels: int = 0
    labels_as_turns: int = 0
    person_turns: int = 0
    person_turns_linked: int = 0
    turns: int = 0
    seconds: float = 0.0
    round_trips: int = 0
    round_trips_with_speakers: int = 0
    round_trip_failures: Counter[str] = field(default_factory=Counter)
    unlinked: Counter[str] = field(default_factory=Counter)
    missed_labels: Counter[str] = field(default_factory=Counter)

    def share(self, part: int, whole: int) -> str:
        return f"{100 * part / whole:.2f}% ({part:,} of {whole:,})" if whole else "n/a"

    def report(self) -> str:
        lines = [
            f"pages read: {self.pages:,}; rejected: {sum(self.rejected.values()):,}",
            "bold speaker labels that became turns: "
            + self.share(self.labels_as_turns, self.labels),
            "turns by a tagged or known person linked to that person: "
            + self.share(self.person_turns_linked, self.person_turns),
            f"turns: {self.turns:,}",
            "page -> Document -> text -> Document equal (what text carries): "
            + self.share(self.round_trips, self.pages),
            "  ... and the same speakers on every turn: "
            + self.share(self.round_trips_with_speakers, self.pages),
            f"parse time: {self.seconds:.1f} s CPU, "
            f"{1000 * self.seconds / max(self.pages, 1):.2f} ms a page",
        ]
        for reason, n in self.rejected.most_common(5):
            lines.append(f"  rejected {n}: {reason}")
        for label, n in self.missed_labels.most_common(8):
            lines.append(f"  label not a turn ({n}): {label!r}")
        for why, n in self.round_trip_failures.most_common(12):
            lines.append(f"  round trip differs ({n}): {why}")
        for label, n in self.unlinked.most_common(8):
            lines.append(f"  turn not linked ({n}): {label}")
        return "\n".join(lines)


def pages(archive: Path) -> Iterator[tuple[str, bytes]]:
    with tarfile.open(archive, "r|*") as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".html"):
                handle = tar.extractfile(member)
                if handle is not None:
                    yield member.name, handle.read()


def text_carried(doc: Document) -> Document:
    """Only what a text version carries (docs/text-format.md "What the format cannot
    say"): no ids, catalog ids, mentions, photos after the first, link targets,
    provenance; speakers are compared apart, since the text only evidences some."""
    gallery = doc.gallery
    if gallery is not None:
        first = tuple(Photo(caption=p.caption, credit=p.credit) for p in gallery.photos[:1])
        gallery = Gallery(size=gallery.size, photos=first)
    body = tuple(_text_block(b) for b in doc.body)
    return replace(
        doc,
        id=None,
        gallery=gallery,
        body=body,
        related=tuple(
            Related(r.kind, tuple(RelatedItem(i.title, i.date) for i in r.items))
            for r in doc.related
        ),
        geography=tuple(PlaceTag(t.name) for t in doc.geography),
        topics=tuple(Tag(t.name) for t in doc.topics),
        persons=tuple(Tag(t.name) for t in doc.persons),
        source=Source(),
        text_layout=TextLayout(),
    )


def _text_block(block: Block) -> Block:
    if isinstance(block, Narrative):
        return Narrative(Paragraph(block.paragraph.text))
    if isinstance(block, Turn):
        paragraphs = tuple(Paragraph(p.text) for p in block.paragraphs)
        return replace(block, paragraphs=paragraphs, speaker=None, role="")
    return block


def round_trip(doc: Document) -> tuple[bool, bool, str]:
    """(content equal, speakers equal too, first difference) for doc -> text -> doc."""
    try:
        back = textformat.parse(textformat.render(doc))
    except textformat.ParseError as exc:
        return False, False, f"parse error: {exc}"
    mine, theirs = text_carried(doc), text_carried(back)
    if mine != theirs:
        return False, False, _first_difference(mine, theirs)
    same_speakers = [t.speaker for t in doc.turns] == [t.speaker for t in back.turns]
    return True, same_speakers, "" if same_speakers else "speaker"


def _first_difference(a: Document, b: Document) -> str:
    for f in fields(a):
        left, right = getattr(a, f.name), getattr(b, f.name)
        if left == right:
            continue
        if f.name == "body":
            for i, (x, y) in enumerate(zip(left, right, strict=False)):
                if x != y:
                    return f"body[{i}]: {x!r:.160} != {y!r:.160}"
            return f"body: {len(left)} blocks != {len(right)}"
        return f"{f.name}: {left!r:.160} != {right!r:.160}"
    return ""


def _expected_tag(label: str, tags: list[str]) -> str | None:
    name = strip_notes(label)
    if (m := match_tag(name, tags)) is not None:
        return m.tag
    aliases = {alias: tag for tag, forms in KNOWN_PEOPLE.items() for alias in (tag, *forms)}
    if (m := match_tag(name, aliases)) is not None:
        return aliases[m.tag]
    return None


def measure_page(figures: Figures, name: str, data: bytes) -> Document | None:
    started = time.process_time()
    try:
        doc = parse_page(data, name)
    except PageError as exc:
        figures.rejected[str(exc)] += 1
        return None
    finally:
        figures.seconds += time.process_time() - started
    figures.pages += 1
    turn_labels = Counter(_SPACE.sub(" ", t.label).strip() for t in doc.turns)
    for m in _BOLD_LABEL.finditer(data):
        label = _SPACE.sub(" ", m.group("label").decode("utf-8", "replace")).strip()
        if not label:
            continue
        figures.labels += 1
        if turn_labels[label] > 0:
            turn_labels[label] -= 1
            figures.labels_as_turns += 1
        else:
            figures.missed_labels[label] += 1
    tags = [t.name for t in doc.persons]
    for turn in doc.turns:
        figures.turns += 1
        expected = _expected_tag(turn.label, tags)
        if expected is None:
            continue
        figures.person_turns += 1
        if turn.speaker == expected:
            figures.person_turns_linked += 1
        else:
            figures.unlinked[f"{turn.label!r} -> {turn.speaker!r}, expected {expected!r}"] += 1
    same, same_speakers, why = round_trip(doc)
    figures.round_trips += same
    figures.round_trips_with_speakers += same_speakers
    if why:
        figures.round_trip_failures[f"{name}: {why}" if not same else why] += 1
    return doc


def measure(archive: Path = ARCHIVE) -> Figures:
    figures = Figures()
    for name, data in pages(archive):
        measure_page(figures, name, data)
    return figures


def main(argv: list[str]) -> int:
    archive = Path(argv[0]) if argv else ARCHIVE
    if not archive.exists():
        print(f"{archive}: not found", file=sys.stderr)
        return 1
    print(measure(archive).report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
