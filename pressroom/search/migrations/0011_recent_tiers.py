"""On SQLite, each FTS5 table gains a recent tier: a second FTS5 table over only the
newest rows (``schema.Index``), kept by the same triggers, with a column of pairs of
adjacent stems beside each text column. A search reads its window of newest matches
from the tier when the tier holds enough of them, so a word found in most of the
archive is weighed by its matches among the newest rows, not all, and a phrase is
matched as its pairs. PostgreSQL has no such cost (``ts_rank`` reads no statistics)
and is left as it is.
"""

from django.db import migrations

from pressroom.search import schema


class Migration(migrations.Migration):
    dependencies = [("search", "0010_phrase_pairs")]

    # Not reversible, like 0010: the earlier triggers wrote no tier.
    operations = [migrations.RunPython(schema.remake_sqlite)]
