"""Throughput of the text version parser and renderer, on one core.

    .venv/bin/python bench/bench_textformat.py [--documents N] [--seconds S]
    .venv/bin/python bench/bench_textformat.py --corpus [ARCHIVE]

Documents come from ``pressroom.demo.generate_documents`` (the demo archive's
generator: typical events, transcripts of about twenty paragraphs); when that
module is not available, from the text files under tests/data/text/. Prints one
Markdown table row: source, documents, mean lines, parse docs/s, render docs/s.
"""

from __future__ import annotations

import argparse
import re
import sys
import tarfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pressroom.document import (  # noqa: E402
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
from pressroom.textformat import parse, render  # noqa: E402
from pressroom.textformat.speakers import resolve_speakers  # noqa: E402

TEXT_DIR = ROOT / "tests" / "data" / "text"
ARCHIVE = ROOT / ".." / "shared" / "corpus" / "kremlin-en-2020.tar.xz"
#: Document fields in reading order: the first that differs names the difference.
FIELDS: tuple[str, ...] = (
    "title", "lead", "date", "time", "place", "gallery", "body", "related",
    "geography", "topics", "persons", "publication", "id", "section_word",
)  # fmt: skip


def sample_documents(count: int) -> tuple[str, list[Document]]:
    """Documents to measure, and where they came from."""
    try:
        from pressroom.demo import generate_documents
    except ImportError:
        texts = [p.read_bytes() for p in sorted(TEXT_DIR.glob("*.txt"))]
        docs = [parse(texts[i % len(texts)]) for i in range(count)]
        return "tests/data/text", docs
    return "pressroom.demo", list(generate_documents(count, seed=0))


def rate(work: Callable[[], object], items: int, seconds: float) -> float:
    """Items per CPU second of ``work`` (which handles ``items`` items), best of repeats.

    CPU time of this process, not wall time: the figure is per core, and does not
    fall when other processes share the machine.
    """
    best = float("inf")
    deadline = time.process_time() + seconds
    while True:
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
        if time.process_time() > deadline:
            return items / best


def main(argv: Sequence[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--documents", type=int, default=500)
    args.add_argument("--seconds", type=float, default=3.0)
    args.add_argument("--corpus", nargs="?", const=str(ARCHIVE), default=None)
    opts = args.parse_args(argv)
    if opts.corpus is not None:
        return measure_corpus(Path(opts.corpus))
    source, docs = sample_documents(opts.documents)
    transcripts = [d for d in docs if d.turns]
    # The header goes to stderr so stdout is only rows, ready to append to a table.
    print("| documents | count | lines/doc | parse docs/s | render docs/s |", file=sys.stderr)
    print("|---|---:|---:|---:|---:|", file=sys.stderr)
    print(measure(f"{source}, all", docs, opts.seconds))
    if transcripts:
        print(measure(f"{source}, transcripts", transcripts, opts.seconds))
    return 0


def measure(name: str, docs: list[Document], seconds: float) -> str:
    texts = [render(d) for d in docs]
    lines = sum(t.count("\n") + 1 for t in texts) / len(texts)

    def parse_all() -> None:
        for text in texts:
            parse(text)

    def render_all() -> None:
        for doc in docs:
            render(doc)

    parse_rate = rate(parse_all, len(texts), seconds)
    render_rate = rate(render_all, len(docs), seconds)
    return f"| {name} | {len(docs)} | {lines:.0f} | {parse_rate:,.0f} | {render_rate:,.0f} |"


def carried(doc: Document) -> Document:
    """``doc`` reduced to what its text version can say (docs/text-format.md)."""
    gallery = doc.gallery
    if gallery is not None:
        first = [Photo(caption=p.caption, credit=p.credit) for p in gallery.photos[:1]]
        gallery = Gallery(
            size=gallery.size, photos=tuple(p for p in first if p.caption or p.credit)
        )
    body = [
        Narrative(Paragraph(b.paragraph.text))
        if isinstance(b, Narrative)
        else replace(b, paragraphs=tuple(Paragraph(p.text) for p in b.paragraphs))
        if isinstance(b, Turn)
        else b
        for b in doc.body
    ]
    persons = tuple(Tag(t.name) for t in doc.persons)
    link = re.search(r"/d/([0-9]+)$", doc.publication.direct_link)
    return replace(
        doc,
        id=int(link.group(1)) if link else None,
        gallery=gallery,
        body=resolve_speakers(body, [t.name for t in persons]),
        related=tuple(
            Related(r.kind, tuple(RelatedItem(i.title, i.date) for i in r.items))
            for r in doc.related
        ),
        geography=tuple(PlaceTag(t.name) for t in doc.geography),
        topics=tuple(Tag(t.name) for t in doc.topics),
        persons=persons,
        source=Source(format="text"),
        text_layout=TextLayout(final_newline=True),
    )


def corpus_pages(archive: Path) -> Iterator[bytes]:
    with tarfile.open(archive, "r:*") as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".html"):
                handle = tar.extractfile(member)
                if handle is not None:
                    yield handle.read()


def measure_corpus(archive: Path) -> int:
    from pressroom.ingest.kremlin import parse_page

    pages = same = 0
    differs: Counter[str] = Counter()
    for data in corpus_pages(archive):
        try:
            doc = carried(parse_page(data))
        except ValueError:
            continue
        pages += 1
        back = parse(render(doc))
        if back == doc:
            same += 1
            continue
        first = next((f for f in FIELDS if getattr(back, f) != getattr(doc, f)), "other")
        differs[first] += 1
    print("| pages | same after text round trip | share |", file=sys.stderr)
    print("|---:|---:|---:|", file=sys.stderr)
    print(f"| {pages:,} | {same:,} | {same / max(pages, 1):.1%} |")
    for name, count in differs.most_common():
        print(f"first difference in {name}: {count}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
