"""Raw SQL on the database the ORM would use for the same model.

``django.db.connection`` is always the primary, so a raw read through it would skip
the read replicas (``core/routers.py``). These give the connection the routers pick
instead: a replica for a read, unless it is pinned to the primary (inside a
transaction, or in a writer's request); the primary for a write. Vendor checks and
quoting ask the same connection the statement runs on.
"""

from __future__ import annotations

from django.core.management.color import no_style
from django.db import connections, router
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import Model


def reading(model: type[Model]) -> BaseDatabaseWrapper:
    """The connection a read of ``model``'s table goes to."""
    return connections[router.db_for_read(model)]


def writing(model: type[Model]) -> BaseDatabaseWrapper:
    """The connection a write of ``model``'s table goes to (and the reads it depends on)."""
    return connections[router.db_for_write(model)]


def reset_sequences(*models: type[Model]) -> None:
    """After rows were inserted with their own ids, move the id counters past them.

    SQLite picks max(id) + 1 by itself; PostgreSQL's sequences would otherwise hand
    out the same ids again later.
    """
    connection = writing(models[0])
    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
