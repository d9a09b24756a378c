"""Rewrite the kremlin page fixtures and their expected Documents.

    .venv/bin/python -m tests.ingest.regenerate

Pages come from ``tests/data/kremlin/build.py`` (invented content in the site's
markup); beside each ``<name>.html`` goes ``<name>.json`` (the Document, as
``Document.to_json(indent=2)``) or ``<name>.error`` (the PageError message).
Review the diff before committing: the expected files are the specification.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

from pressroom.ingest.kremlin import PageError, parse_page

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "kremlin"


def fixtures() -> Iterator[tuple[str, bytes]]:
    spec = importlib.util.spec_from_file_location("kremlin_fixture_build", FIXTURES / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    yield from module.all_fixtures()


def expected_text(data: bytes, name: str) -> tuple[str, str]:
    """(suffix, content) of the expected file for one page."""
    try:
        return ".json", parse_page(data, name).to_json(indent=2) + "\n"
    except PageError as exc:
        return ".error", f"{exc}\n"


def main() -> int:
    for old in FIXTURES.glob("*.html"):
        old.unlink()
    for old in [*FIXTURES.glob("*.json"), *FIXTURES.glob("*.error")]:
        old.unlink()
    count = 0
    for name, data in fixtures():
        (FIXTURES / f"{name}.html").write_bytes(data)
        suffix, text = expected_text(data, f"{name}.html")
        (FIXTURES / f"{name}{suffix}").write_text(text, encoding="utf-8")
        count += 1
    print(f"{count} pages and expected files written to {FIXTURES}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
