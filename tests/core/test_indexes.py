"""Indexes made with SQL in migrations are listed, and made again after ``migrate``."""

from __future__ import annotations

import re

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection

from pressroom.api.indexes import SQL_INDEXES as API_INDEXES
from pressroom.core.indexes import SqlIndex, restore
from pressroom.search.schema import SQL_INDEXES as SEARCH_INDEXES

pytestmark = pytest.mark.django_db

LISTED = (*API_INDEXES, *SEARCH_INDEXES)
#: The database cache's tables: createcachetable makes them, no model, never rebuilt.
_CACHE_TABLES = {
    cache["LOCATION"]
    for cache in settings.CACHES.values()
    if cache["BACKEND"].endswith("db.DatabaseCache")
}
#: Names Django gives the indexes it makes for fields: a hash, then a suffix.
_DJANGO_NAME = re.compile(r"_[0-9a-f]{8}(_idx|_uniq|_like)?$")


def _indexes() -> set[str]:
    """Every plain (not unique) index of this database."""
    with connection.cursor() as cursor:
        return {
            name
            for table in connection.introspection.table_names(cursor)
            if table not in _CACHE_TABLES
            for name, info in connection.introspection.get_constraints(cursor, table).items()
            if info["index"] and not info["unique"] and not info["primary_key"]
        }


def _mine() -> list[SqlIndex]:
    return [index for index in LISTED if connection.vendor in index.vendors]


@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="only SQLite rebuilds tables (PostgreSQL alters them, keeping every index)",
)
def test_every_index_made_with_sql_is_listed_for_restoring() -> None:
    declared = {
        item.name
        for model in apps.get_models()
        for item in (*model._meta.indexes, *model._meta.constraints)
    }
    made_with_sql = {name for name in _indexes() - declared if not _DJANGO_NAME.search(name)}
    assert made_with_sql == {index.name for index in _mine()}


def test_indexes_a_table_rebuild_dropped_are_made_again_after_migrate() -> None:
    with connection.cursor() as cursor:
        for index in _mine():
            cursor.execute(f"DROP INDEX {index.name}")
    assert not {index.name for index in _mine()} & _indexes()
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert {index.name for index in _mine()} <= _indexes()


def test_restoring_makes_only_what_is_missing() -> None:
    assert restore(LISTED) == []
    first = _mine()[0]
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX {first.name}")
    assert restore(LISTED) == [first.name]


def test_an_index_whose_migration_is_not_applied_is_not_made() -> None:
    pending = SqlIndex("never_made", "events_block", "kind", ("api", "9999_not_written"))
    assert restore([pending]) == []
    assert "never_made" not in _indexes()


def test_an_index_of_another_engine_is_not_made() -> None:
    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    elsewhere = SqlIndex(
        "elsewhere_only", "events_block", "kind", ("api", "0002_turn_indexes"), vendors=(other,)
    )
    assert restore([elsewhere]) == []
    assert "elsewhere_only" not in _indexes()
