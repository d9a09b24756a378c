"""Year and month of a date column, computed natively by each database.

Django's ``ExtractYear`` and ``TruncMonth`` call a Python function per row on SQLite,
which is most of a yearly count's time on a large archive; SQLite stores dates as
``YYYY-MM-DD`` text, so the year and month are plain substrings there. PostgreSQL
(and any other backend) uses its own date functions.
"""

from __future__ import annotations

from typing import Any

from django.db.models import CharField, Func
from django.db.models.functions import ExtractYear


class YearOf(ExtractYear):
    """The year of a date, as an integer."""

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, Any]:
        sql, params = compiler.compile(self.lhs)
        return f"CAST(substr({sql}, 1, 4) AS integer)", params


class MonthOf(Func):
    """The month of a date as ``'YYYY-MM'`` text: sorts and groups like the month."""

    output_field = CharField()
    arity = 1
    template = "to_char(%(expressions)s, 'YYYY-MM')"

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, Any]:
        sql, params = compiler.compile(self.source_expressions[0])
        return f"substr({sql}, 1, 7)", params
