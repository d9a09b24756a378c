"""Plain INSERTs for the child rows a store save writes, many events in a row.

``bulk_create`` builds its SQL anew on every call, which costs several times the
insert itself; an import makes half a dozen such calls per event. Here the
statement is built once per model and the driver runs it over every row. Values
still go through each field's own conversion (``pre_save``, ``get_db_prep_save``),
so the table holds what the ORM would have written. Rows get no ids back: use
``bulk_create`` where later rows refer to them.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from django.db import connections, models, router
from django.db.backends.base.base import BaseDatabaseWrapper


@functools.cache
def _statement(
    model: type[models.Model], alias: str, with_pk: bool
) -> tuple[str, tuple[models.Field[object, object], ...]]:
    connection = connections[alias]
    fields = tuple(f for f in model._meta.local_concrete_fields if with_pk or not f.primary_key)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    return f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})", fields


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
    params = [
        tuple(field.get_db_prep_save(field.pre_save(row, True), connection) for field in fields)
        for row in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)
