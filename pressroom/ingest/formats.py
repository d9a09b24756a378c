"""Importing this module registers every source format pressroom reads."""

from pressroom.ingest import jsonforms, textversion  # noqa: F401
