"""The indexes of /turns on ``events_block``, made by migration 0002 with SQL (the API
owns them: they serve only its list), and made again after ``migrate`` if missing."""

from pressroom.core.indexes import SqlIndex

_MIGRATION = ("api", "0002_turn_indexes")

SQL_INDEXES = (
    # A window of events' turns, read from the index alone, with what the order and
    # the filters need.
    SqlIndex(
        "api_turn_order",
        "events_block",
        "event_id, kind, position, person_id, word_count",
        _MIGRATION,
    ),
    # How many turns a word-count filter matches, and which.
    SqlIndex("api_turn_words", "events_block", "kind, word_count", _MIGRATION),
)
