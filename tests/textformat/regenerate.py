"""Rewrite the golden files: the expected Document of every good text version.

    .venv/bin/python -m tests.textformat.regenerate

Run it after an intended change to the parser, then read the diff of
tests/data/text/expected/ before committing it: the diff is the change in behaviour.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pressroom.textformat import parse

TEXT_DIR = Path(__file__).resolve().parents[1] / "data" / "text"
EXPECTED_DIR = TEXT_DIR / "expected"


def good_texts() -> list[Path]:
    return sorted(TEXT_DIR.glob("*.txt"))


def expected_path(text: Path) -> Path:
    return EXPECTED_DIR / (text.stem + ".json")


def expected_json(text: Path) -> str:
    return parse(text.read_bytes(), source=text.name).to_json(indent=2) + "\n"


def main() -> int:
    EXPECTED_DIR.mkdir(exist_ok=True)
    for text in good_texts():
        target = expected_path(text)
        content = expected_json(text)
        changed = not target.exists() or target.read_text(encoding="utf-8") != content
        target.write_text(content, encoding="utf-8")
        print(f"{'updated' if changed else 'unchanged'}: {target.relative_to(TEXT_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
