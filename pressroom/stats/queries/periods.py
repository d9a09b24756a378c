"""The year of a date column, computed natively by each database.

Django's ``ExtractYear`` calls a Python function per row on SQLite, which is most of
a yearly count's time on a large archive; SQLite stores dates as ``YYYY-MM-DD``
text, so the year is a plain substring there. PostgreSQL (and any other
backend) uses its own date functions.
"""

from __future__ import annotations

from typing import Any

from django.db.models.functions import ExtractYear


class YearOf(ExtractYear):
    """The year of a date, as an integer."""

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, Any]:
        sql, params = compiler.compile(self.lhs)
        return f"CAST(substr({sql}, 1, 4) AS integer)", params
