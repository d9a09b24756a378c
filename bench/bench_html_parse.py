"""Pages per second of the kremlin page reader, beside a plain BeautifulSoup extraction.

    .venv/bin/python -m bench.bench_html_parse [ARCHIVE] [--limit N]

Both run over the same pages in one process, read once from the archive into memory
(decompression is not timed). The BeautifulSoup side extracts the same fields the
simple way (title, lead, date, time, place, photos, paragraphs with bold labels, tags,
publication status), with lxml as its tree builder: it is the baseline that shows
what parsing only the article, and walking it once, is worth.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

from bench.corpus_measure import ARCHIVE, pages
from pressroom.ingest.kremlin import PageError, parse_page


def soup_extract(data: bytes) -> dict[str, Any]:
    """The same fields, read the plain way: the whole page into a soup, then find()."""
    soup = BeautifulSoup(data, "lxml")
    article = soup.find("article")
    if article is None:
        raise ValueError("no article")

    def text(css: str) -> str:
        el = article.select_one(css)
        return " ".join(el.get_text(" ").split()) if el is not None else ""

    for tooltip in article.select(".read__tooltip"):
        tooltip.decompose()
    photos = []
    for slide in article.select(".slider .slide"):
        img = slide.find("img")
        photos.append((slide.get("data-cycle-desc", ""), img.get("src", "") if img else ""))
    paragraphs = []
    for p in article.select(".entry-content > p"):
        bold = p.find(["b", "strong"])
        label = bold.get_text().strip().rstrip(":") if bold is not None else ""
        paragraphs.append((label, " ".join(p.get_text(" ").split())))
    tags = {}
    for col in article.select(".read__tagscol"):
        heading = col.find("h3")
        name = heading.get_text().strip() if heading is not None else ""
        tags[name] = [(a.get_text().strip(), a.get("href", "")) for a in col.find_all("a")]
    related = [(a.get_text().strip(), a.get("href", "")) for a in article.select(".read__cut a")]
    return {
        "id": article.get("id", ""),
        "title": text("h1"),
        "lead": text(".read__lead"),
        "date": text(".read__published"),
        "time": text(".read__time"),
        "place": text(".read__place"),
        "photos": photos,
        "paragraphs": paragraphs,
        "tags": tags,
        "related": related,
        "status": text(".read__status"),
    }


def pressroom_extract(data: bytes) -> object:
    try:
        return parse_page(data)
    except PageError as exc:
        return exc


def timed(name: str, extract: Callable[[bytes], object], corpus: list[bytes]) -> float:
    started = time.process_time()
    for data in corpus:
        extract(data)
    seconds = time.process_time() - started
    rate = len(corpus) / seconds if seconds else float("inf")
    print(f"{name:<34} {len(corpus):>6} pages  {seconds:7.2f} s CPU  {rate:8.0f} pages/s"
          f"  {1000 * seconds / len(corpus):6.2f} ms/page")  # fmt: skip
    return rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="?", type=Path, default=ARCHIVE)
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    args = parser.parse_args()
    if not args.archive.exists():
        print(f"{args.archive}: not found")
        return 1
    corpus = [data for _, data in pages(args.archive)]
    if args.limit:
        corpus = corpus[: args.limit]
    ours = timed("pressroom.ingest.kremlin (lxml)", pressroom_extract, corpus)
    soup = timed("BeautifulSoup(lxml), same fields", soup_extract, corpus)
    print(f"pressroom is {ours / soup:.1f}x the BeautifulSoup baseline (CPU time, one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
