"""On SQLite, each FTS5 table is made again, contentless (the index rows are its
content, and the triggers hand it their columns), and gains a recent tier: a second
FTS5 table over only the newest rows (``schema.Index``), kept by the same triggers,
with a column of pairs of adjacent stems beside each text column
(``schema.PAIRS_FUNCTION``; FTS5 could not read those from the rows). A search reads
its window of newest matches from the tier when the tier holds enough of them, so a
word found in most of the archive is weighed by its matches among the newest rows,
not all, and a phrase is matched as its pairs. PostgreSQL has no such cost
(``ts_rank`` reads no statistics; phrases match by position in its ``tsvector``) and
is left as it is.
"""

from django.db import migrations

from pressroom.search import schema


class Migration(migrations.Migration):
    dependencies = [("search", "0009_index_row_order")]

    # Not reversible: the earlier tables read their columns from the rows, and their
    # triggers wrote no tier.
    operations = [migrations.RunPython(schema.remake_sqlite)]
