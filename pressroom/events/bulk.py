"""Plain INSERTs for the child rows a store save writes, many events in a row.

``bulk_create`` builds its SQL anew on every call, which costs several times the
insert itself; an import makes half a dozen such calls per event. Here the
statement is built once per model and the driver runs it over every row. Values
still go through each field's own conversion (``pre_save``, ``get_db_prep_save``),
so the table holds what the ORM would have written. ``insert_rows`` gets no ids
back; ``insert_returning_ids`` sets them, as ``bulk_create`` does.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from django.db import connections, models, router
from django.db.backends.base.base import BaseDatabaseWrapper


@functools.cache
def _statement(
    model: type[models.Model], alias: str, with_pk: bool
) -> tuple[str, tuple[models.Field[object, object], ...]]:
    connection = connections[alias]
    # Generated columns (``Event.visible`` and the sort keys) are the database's to fill.
    fields = tuple(
        f
        for f in model._meta.local_concrete_fields
        if (with_pk or not f.primary_key) and not f.generated
    )
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    return f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})", fields


def _params(
    rows: Sequence[models.Model],
    fields: tuple[models.Field[object, object], ...],
    connection: BaseDatabaseWrapper,
) -> list[tuple[Any, ...]]:
    return [
        tuple(field.get_db_prep_save(field.pre_save(row, True), connection) for field in fields)
        for row in rows
    ]


def insert_rows(model: type[models.Model], rows: Sequence[models.Model]) -> None:
    """Insert ``rows`` (instances of ``model``) in one statement run over them all.

    Primary keys are written when the rows carry them (all or none), else the
    database assigns them.
    """
    if not rows:
        return
    with_pk = rows[0].pk is not None
    if any((row.pk is not None) != with_pk for row in rows):
        raise ValueError(f"{model.__name__}: give every row a primary key, or none")
    alias = router.db_for_write(model)
    connection: BaseDatabaseWrapper = connections[alias]
    sql, fields = _statement(model, alias, with_pk)
    with connection.cursor() as cursor:
        cursor.executemany(sql, _params(rows, fields, connection))


#: Rows per statement when ids come back: well under SQLite's limit on parameters.
RETURNING_CHUNK = 200


def insert_returning_ids(model: type[models.Model], rows: Sequence[models.Model]) -> None:
    """Insert ``rows`` (without primary keys) and set each one's new primary key.

    One multi-row ``INSERT ... RETURNING`` per chunk; the ids come back in the rows'
    order, which ``bulk_create`` relies on as well (SQLite 3.35+, PostgreSQL).
    """
    if not rows:
        return
    alias = router.db_for_write(model)
    connection: BaseDatabaseWrapper = connections[alias]
    if not connection.features.can_return_rows_from_bulk_insert:
        model._default_manager.db_manager(alias).bulk_create(rows)
        return
    sql, fields = _statement(model, alias, False)
    head, _, marks = sql.rpartition(" VALUES ")
    pk_column = connection.ops.quote_name(model._meta.pk.column)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), RETURNING_CHUNK):
            chunk = rows[start : start + RETURNING_CHUNK]
            values = ", ".join([marks] * len(chunk))
            params = [value for row in _params(chunk, fields, connection) for value in row]
            cursor.execute(f"{head} VALUES {values} RETURNING {pk_column}", params)
            for row, (pk,) in zip(chunk, cursor.fetchall(), strict=True):
                row.pk = pk
                row._state.adding = False
                row._state.db = alias
