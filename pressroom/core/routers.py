"""Read replicas: reads go to a replica, writes and everything around them to the primary.

Enabled by ``DATABASE_REPLICA_URLS`` (comma-separated URLs; docs/settings.md). The
primary is the ``default`` database; the replicas are ``replica1``, ``replica2``...
A request that may write (any method but GET, HEAD, OPTIONS) or that comes from the
desk or the admin reads from the primary throughout, so an editor always sees their
own changes; so does any read inside a transaction on the primary.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from django.db import connections
from django.http import HttpRequest, HttpResponse

from pressroom.core.database import database_from_url

PRIMARY = "default"
_pinned: ContextVar[bool] = ContextVar("pressroom_primary_pinned", default=False)
#: Paths whose readers are editors: they read what they just wrote.
WRITER_PATHS = ("/desk/", "/admin/")
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def replica_aliases(count: int) -> list[str]:
    return [f"replica{i}" for i in range(1, count + 1)]


def replica_databases(urls: list[str], default_sqlite: Path) -> dict[str, dict[str, Any]]:
    """DATABASES entries for the replica URLs; in tests each mirrors the primary."""
    databases = {}
    for alias, url in zip(replica_aliases(len(urls)), urls, strict=True):
        config = database_from_url(url, default_sqlite)
        config["TEST"] = {"MIRROR": PRIMARY}
        databases[alias] = config
    return databases


@contextmanager
def primary_only() -> Iterator[None]:
    """Within this block every read goes to the primary."""
    token = _pinned.set(True)
    try:
        yield
    finally:
        _pinned.reset(token)


class ReplicaRouter:
    """Django database router (``DATABASE_ROUTERS``) over the primary and its replicas."""

    def __init__(self, replicas: list[str] | None = None) -> None:
        if replicas is None:
            replicas = [alias for alias in connections.databases if alias != PRIMARY]
        self.replicas = replicas

    def db_for_read(self, model: type, **hints: Any) -> str:
        if not self.replicas or _pinned.get() or connections[PRIMARY].in_atomic_block:
            return PRIMARY
        return random.choice(self.replicas)

    def db_for_write(self, model: type, **hints: Any) -> str:
        return PRIMARY

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool:
        # Every alias holds the same data: rows read from any of them may be related.
        return True

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool:
        return db == PRIMARY


class PrimaryForWritersMiddleware:
    """Pins requests that may write, and the desk's and admin's, to the primary."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        writer = request.method not in SAFE_METHODS or request.path.startswith(WRITER_PATHS)
        if not writer:
            return self.get_response(request)
        with primary_only():
            return self.get_response(request)
