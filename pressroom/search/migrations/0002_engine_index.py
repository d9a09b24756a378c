"""FTS5 tables and triggers on SQLite; tsvector columns and GIN indexes on PostgreSQL."""

from django.db import migrations

from pressroom.search import schema


class Migration(migrations.Migration):
    dependencies = [("search", "0001_index_rows")]

    operations = [migrations.RunPython(schema.create, schema.drop, elidable=False)]
