"""The Document's JSON form, built faster than ``Document.to_dict`` for bulk exports.

The same recursive encoding, with each dataclass's field names looked up once
instead of on every object; tests check it equals ``to_dict`` exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from typing import Any

from pressroom.document import SCHEMA, Document

_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def _encode(value: Any) -> Any:
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is tuple:
        return [_encode(v) for v in value]
    if kind is dt.datetime or kind is dt.date:
        return value.isoformat()
    if kind is dt.time:
        return value.strftime("%H:%M")
    if hasattr(kind, "__dataclass_fields__"):
        return {name: _encode(getattr(value, name)) for name in _names(kind)}
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def document_dict(doc: Document) -> dict[str, Any]:
    """Equal to ``doc.to_dict()``."""
    return {"schema": SCHEMA, **_encode(doc)}
