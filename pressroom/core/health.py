"""GET /healthz: the database answers and every migration is applied."""

from __future__ import annotations

import time

from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

# Checking migrations reads the migration graph; once all are applied that cannot
# change until the next deploy restarts the process.
_migrations_checked_at: float | None = None


def _pending_migrations() -> int:
    global _migrations_checked_at
    if _migrations_checked_at is not None:
        return 0
    executor = MigrationExecutor(connection)
    pending = len(executor.migration_plan(executor.loader.graph.leaf_nodes()))
    if pending == 0:
        _migrations_checked_at = time.monotonic()
    return pending


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        pending = _pending_migrations()
    except DatabaseError as exc:
        return JsonResponse({"status": "error", "database": str(exc)[:200]}, status=503)
    if pending:
        return JsonResponse(
            {"status": "error", "database": "ok", "pending_migrations": pending}, status=503
        )
    return JsonResponse({"status": "ok", "database": "ok", "pending_migrations": 0})
