"""One JSON Lines line, written faster than ``json.dumps`` builds its encoder each call."""

from __future__ import annotations

import json
from typing import Any

_ENCODER = json.JSONEncoder(ensure_ascii=False)


def dumps_line(record: dict[str, Any]) -> str:
    """One JSON Lines line, as ``json.dumps(record, ensure_ascii=False)`` writes it."""
    return _ENCODER.encode(record) + "\n"
