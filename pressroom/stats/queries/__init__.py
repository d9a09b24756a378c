"""Statistics of the archive, computed in the database and cached per data version.

Only published events count, always: every figure starts from
``Event.objects.published()`` (``base.published``).
"""
