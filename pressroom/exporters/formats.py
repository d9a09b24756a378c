"""Importing this module registers every export format."""

from pressroom.exporters import jsonformat, textformat  # noqa: F401
