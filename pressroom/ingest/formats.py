"""Importing this module registers every source format pressroom reads."""

from pressroom.ingest import archives, atom, jsonforms, kremlin, textversion  # noqa: F401
