"""On SQLite, each FTS5 table is made again contentless (the index rows are its content,
and the triggers hand it their columns), ready for the pairs of adjacent stems that
migration 0011 gives the recent tiers, which FTS5 could not read from the rows
(``schema.PAIRS_FUNCTION``). PostgreSQL matches phrases by position in its
``tsvector`` and is left as it is.
"""

from django.db import migrations

from pressroom.search import schema


class Migration(migrations.Migration):
    dependencies = [("search", "0009_index_row_order")]

    # Not reversible: the earlier tables read their columns from the rows.
    operations = [migrations.RunPython(schema.remake_sqlite)]
