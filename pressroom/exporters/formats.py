"""Importing this module registers every export format."""

from pressroom.exporters import (  # noqa: F401
    akn,
    csvformat,
    jsonformat,
    sqlitefile,
    tei,
    textformat,
)
