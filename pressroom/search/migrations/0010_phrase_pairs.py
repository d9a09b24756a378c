"""On SQLite, each FTS5 table is made again contentless, with a column of pairs beside
each text column: every two adjacent stems as one token ("public_librari"). A phrase
is then matched as its pairs, a lookup like any word's, instead of comparing the
positions of every match of its words. The pairs are written by the triggers
(``schema.PAIRS_FUNCTION``) and stored only in the FTS5 index. PostgreSQL matches
phrases by position in its ``tsvector`` and is left as it is.
"""

from django.db import migrations

from pressroom.search import schema


class Migration(migrations.Migration):
    dependencies = [("search", "0009_index_row_order")]

    # Not reversible: the earlier tables read their columns from the rows.
    operations = [migrations.RunPython(schema.remake_sqlite)]
