"""/search: the archive's search, as JSON, through ``pressroom.search.search``."""

from __future__ import annotations

from ninja import Router

router: Router | None = None
