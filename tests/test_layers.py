"""The layers of docs/architecture.md hold: the contracts in pyproject.toml pass."""

from __future__ import annotations

from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept() -> None:
    # The same check as `make lint`; its report is printed when it fails.
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0
