"""Figures are cached under the archive's data version: stale entries are simply never read."""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from pressroom.core.cache import STATS, cached
from pressroom.events.version import data_version

P = ParamSpec("P")
R = TypeVar("R")


def cached_figure(name: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Cache a figure function's result per data version and arguments (plain values)."""
    return cached(STATS, f"stats:{name}", data_version)
