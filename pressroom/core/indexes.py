"""Indexes that migrations make with SQL, made again after every ``migrate``.

Django copies only the indexes its models declare when a migration rebuilds a table
on SQLite (most column changes do; PostgreSQL alters tables in place). An index made
with ``RunSQL`` then vanishes without a word, and whatever read through it turns
slow. Each app lists such indexes, with the migration that makes them, and
``restore`` runs on ``post_migrate`` (``restore_after_migrate``): every one whose
migration is applied is made again if missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.apps import AppConfig
from django.db import connections
from django.db.migrations.recorder import MigrationRecorder
from django.db.models.signals import post_migrate

BOTH = ("sqlite", "postgresql")


@dataclass(frozen=True)
class SqlIndex:
    name: str
    table: str
    columns: str
    #: The migration that makes it, as (app label, migration name).
    migration: tuple[str, str]
    #: The database engines it is made on.
    vendors: tuple[str, ...] = BOTH

    @property
    def create_sql(self) -> str:
        return f"CREATE INDEX IF NOT EXISTS {self.name} ON {self.table} ({self.columns})"


def restore(indexes: Iterable[SqlIndex], using: str = "default") -> list[str]:
    """Make again every index of ``indexes`` that its migration made on this database
    and that is missing; the names of those made."""
    connection = connections[using]
    mine = [index for index in indexes if connection.vendor in index.vendors]
    if not mine:
        return []
    applied = MigrationRecorder(connection).applied_migrations()
    wanted = [index for index in mine if index.migration in applied]
    made = []
    with connection.cursor() as cursor:
        present = {
            name
            for table in {index.table for index in wanted}
            for name in connection.introspection.get_constraints(cursor, table)
        }
        for index in wanted:
            if index.name not in present:
                cursor.execute(index.create_sql)
                made.append(index.name)
    return made


def restore_after_migrate(app: AppConfig, indexes: Sequence[SqlIndex]) -> None:
    """Have ``migrate`` restore these indexes after it has migrated ``app``."""

    def receiver(using: str = "default", **_: Any) -> None:
        restore(indexes, using)

    # Held strongly: the receiver lives nowhere else.
    post_migrate.connect(receiver, sender=app, weak=False, dispatch_uid=f"{app.label}-sql-indexes")
