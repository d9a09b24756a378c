"""Throughput of the text version parser and renderer, on one core.

    .venv/bin/python bench/bench_textformat.py [--documents N] [--seconds S]

Documents come from ``pressroom.demo.generate_documents`` (the demo archive's
generator: typical events, transcripts of about twenty paragraphs); when that
module is not available, from the text files under tests/data/text/. Prints one
Markdown table row: source, documents, mean lines, parse docs/s, render docs/s.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pressroom.document import Document  # noqa: E402
from pressroom.textformat import parse, render  # noqa: E402

TEXT_DIR = ROOT / "tests" / "data" / "text"


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
    opts = args.parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
