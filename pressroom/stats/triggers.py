"""Triggers that keep the tables of ``models.py`` in step with the events' rows.

Written once as a list of triggers (what fires them, when, and the statements they
run) and rendered for SQLite (``CREATE TRIGGER ... BEGIN ... END``) or PostgreSQL (a
PL/pgSQL function and a trigger calling it). Being in the database, they see every
write: the store's inserts, the desk's ``QuerySet.update``, the deletions Django
cascades, raw SQL copies, and they roll back with the transaction that made them.

The tables record facts whatever an event's status; visibility is applied at query
time. ``install`` drops and creates the triggers and fills the tables from the
events' rows. Only the latest migration of these tables calls it (it installs the
triggers of the current code, which may use columns earlier migrations lack): a
change to the tables or the triggers adds a migration that calls it. Such a migration
calls ``uninstall`` before it alters a table: SQLite alters a table by copying and
renaming it, which the triggers would refuse. A later migration of the events' tables
may drop the triggers the same way, so after every ``migrate`` ``ensure`` puts them
back (and refills the tables) when any is missing. ``expected_rows`` recomputes every
table from scratch: the tests compare it with what the triggers kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db.backends.base.base import BaseDatabaseWrapper

PARTICIPANT = "stats_participant"
COPRESENCE = "stats_copresence"
SECTION_YEAR = "stats_sectionyear"
TRANSCRIPT = "stats_transcripttotal"
TABLES = (PARTICIPANT, COPRESENCE, SECTION_YEAR, TRANSCRIPT)

EVENTS = "events_event"
TAGS = "events_eventperson"
BLOCKS = "events_block"
SECTIONS = "events_eventsection"


@dataclass(frozen=True)
class Trigger:
    name: str
    #: ``AFTER INSERT ON table`` and the like.
    fires: str
    #: Runs only when this holds (``old``/``new`` in scope); None: always.
    when: str | None
    statements: tuple[str, ...]


def _year(column: str, vendor: str) -> str:
    if vendor == "sqlite":
        return f"CAST(substr({column}, 1, 4) AS integer)"
    return f"CAST(EXTRACT(YEAR FROM {column}) AS integer)"


def _participant_in(row: str, tags: int, turn: bool, condition: str) -> str:
    """Count a tag (or a turn, with its words) of ``row`` (``old``/``new``) for its person."""
    turns, words = ("1", f"{row}.word_count") if turn else ("0", "0")
    return (
        f"INSERT INTO {PARTICIPANT} (event_id, person_id, tags, turns, words) "
        f"SELECT {row}.event_id, {row}.person_id, {tags}, {turns}, {words} WHERE {condition} "
        f"ON CONFLICT (event_id, person_id) DO UPDATE SET "
        f"tags = {PARTICIPANT}.tags + excluded.tags, turns = {PARTICIPANT}.turns + excluded.turns, "
        f"words = {PARTICIPANT}.words + excluded.words"
    )


def _participant_out(row: str, turn: bool, condition: str) -> tuple[str, str]:
    """Take a tag or turn of ``row`` away; the person leaves the event when none is left."""
    key = f"event_id = {row}.event_id AND person_id = {row}.person_id"
    change = f"turns = turns - 1, words = words - {row}.word_count" if turn else "tags = tags - 1"
    return (
        f"UPDATE {PARTICIPANT} SET {change} WHERE {condition} AND {key}",
        f"DELETE FROM {PARTICIPANT} WHERE {key} AND tags <= 0 AND turns <= 0",
    )


def _turns_in(row: str, condition: str) -> str:
    return (
        f"INSERT INTO {TRANSCRIPT} (event_id, turns, words) "
        f"SELECT {row}.event_id, 1, {row}.word_count WHERE {condition} "
        f"ON CONFLICT (event_id) DO UPDATE SET turns = {TRANSCRIPT}.turns + 1, "
        f"words = {TRANSCRIPT}.words + excluded.words"
    )


def _turns_out(row: str, condition: str) -> tuple[str, str]:
    return (
        f"UPDATE {TRANSCRIPT} SET turns = turns - 1, words = words - {row}.word_count "
        f"WHERE {condition} AND event_id = {row}.event_id",
        f"DELETE FROM {TRANSCRIPT} WHERE event_id = {row}.event_id AND turns <= 0",
    )


def _section_in(row: str, vendor: str) -> str:
    year = _year("e.date", vendor)
    return (
        f"INSERT INTO {SECTION_YEAR} (event_id, section_id, year, entries) "
        f"SELECT {row}.event_id, {row}.section_id, "
        f"(SELECT {year} FROM {EVENTS} e WHERE e.id = {row}.event_id), 1 WHERE true "
        f"ON CONFLICT (event_id, section_id) DO UPDATE SET entries = {SECTION_YEAR}.entries + 1"
    )


def _section_out(row: str) -> tuple[str, str]:
    key = f"event_id = {row}.event_id AND section_id = {row}.section_id"
    return (
        f"UPDATE {SECTION_YEAR} SET entries = entries - 1 WHERE {key}",
        f"DELETE FROM {SECTION_YEAR} WHERE {key} AND entries <= 0",
    )


def triggers(vendor: str) -> list[Trigger]:
    turn_old = "old.kind = 'turn'"
    turn_new = "new.kind = 'turn'"
    spoken_old = f"{turn_old} AND old.person_id IS NOT NULL"
    spoken_new = f"{turn_new} AND new.person_id IS NOT NULL"
    turn_changed = " OR ".join(
        f"old.{c} IS DISTINCT FROM new.{c}" for c in ("kind", "person_id", "event_id", "word_count")
    )
    redated = _year('new."date"', vendor)
    lower = "CASE WHEN p.person_id < new.person_id THEN p.person_id ELSE new.person_id END"
    upper = "CASE WHEN p.person_id < new.person_id THEN new.person_id ELSE p.person_id END"
    return [
        Trigger(
            "stats_tag_added",
            f"AFTER INSERT ON {TAGS}",
            None,
            (_participant_in("new", 1, False, "true"),),
        ),
        Trigger(
            "stats_tag_removed",
            f"AFTER DELETE ON {TAGS}",
            None,
            _participant_out("old", False, "true"),
        ),
        Trigger(
            "stats_tag_moved",
            f"AFTER UPDATE OF event_id, person_id ON {TAGS}",
            "old.event_id <> new.event_id OR old.person_id <> new.person_id",
            (*_participant_out("old", False, "true"), _participant_in("new", 1, False, "true")),
        ),
        Trigger(
            "stats_turn_added",
            f"AFTER INSERT ON {BLOCKS}",
            turn_new,
            (_participant_in("new", 0, True, spoken_new), _turns_in("new", "true")),
        ),
        Trigger(
            "stats_turn_removed",
            f"AFTER DELETE ON {BLOCKS}",
            turn_old,
            (*_participant_out("old", True, spoken_old), *_turns_out("old", "true")),
        ),
        Trigger(
            "stats_turn_changed",
            f"AFTER UPDATE OF kind, person_id, event_id, word_count ON {BLOCKS}",
            f"({turn_old} OR {turn_new}) AND ({turn_changed})",
            (
                *_participant_out("old", True, spoken_old),
                *_turns_out("old", turn_old),
                _participant_in("new", 0, True, spoken_new),
                _turns_in("new", turn_new),
            ),
        ),
        Trigger(
            "stats_section_added",
            f"AFTER INSERT ON {SECTIONS}",
            None,
            (_section_in("new", vendor),),
        ),
        Trigger("stats_section_removed", f"AFTER DELETE ON {SECTIONS}", None, _section_out("old")),
        Trigger(
            "stats_section_moved",
            f"AFTER UPDATE OF event_id, section_id ON {SECTIONS}",
            "old.event_id <> new.event_id OR old.section_id <> new.section_id",
            (*_section_out("old"), _section_in("new", vendor)),
        ),
        Trigger(
            "stats_event_redated",
            f'AFTER UPDATE OF "date" ON {EVENTS}',
            'old."date" IS DISTINCT FROM new."date"',
            (f"UPDATE {SECTION_YEAR} SET year = {redated} WHERE event_id = new.id",),
        ),
        # Pairs follow the participants; ``DO NOTHING`` because PostgreSQL runs the
        # triggers of a many-row insert after the statement, when each new participant
        # already sees the others.
        Trigger(
            "stats_participant_added",
            f"AFTER INSERT ON {PARTICIPANT}",
            None,
            (
                f"INSERT INTO {COPRESENCE} (event_id, person_a, person_b) "
                f"SELECT new.event_id, {lower}, {upper} FROM {PARTICIPANT} p "
                "WHERE p.event_id = new.event_id AND p.person_id <> new.person_id "
                "ON CONFLICT (event_id, person_a, person_b) DO NOTHING",
            ),
        ),
        Trigger(
            "stats_participant_removed",
            f"AFTER DELETE ON {PARTICIPANT}",
            None,
            (
                f"DELETE FROM {COPRESENCE} WHERE event_id = old.event_id "
                "AND (person_a = old.person_id OR person_b = old.person_id)",
            ),
        ),
    ]


def _create(trigger: Trigger, vendor: str) -> list[str]:
    body = "; ".join(trigger.statements)
    if vendor == "sqlite":
        when = f" WHEN {trigger.when}" if trigger.when else ""
        return [
            f"CREATE TRIGGER {trigger.name} {trigger.fires} FOR EACH ROW{when} BEGIN {body}; END"
        ]
    when = f" WHEN ({trigger.when})" if trigger.when else ""
    return [
        f"CREATE FUNCTION {trigger.name}_row() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN {body}; RETURN NULL; END $$",
        f"CREATE TRIGGER {trigger.name} {trigger.fires} FOR EACH ROW{when} "
        f"EXECUTE FUNCTION {trigger.name}_row()",
    ]


def _drop(trigger: Trigger, vendor: str) -> list[str]:
    if vendor == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {trigger.name}"]
    table = trigger.fires.rsplit(" ON ", 1)[1]
    return [
        f"DROP TRIGGER IF EXISTS {trigger.name} ON {table}",
        f"DROP FUNCTION IF EXISTS {trigger.name}_row()",
    ]


def expected_rows(vendor: str) -> dict[str, str]:
    """Each table's rows computed from the events' rows, in the tables' column order."""
    year = _year("e.date", vendor)
    return {
        PARTICIPANT: (
            "SELECT event_id, person_id, SUM(tag), SUM(turn), SUM(words) FROM ("
            f"SELECT event_id, person_id, 1 AS tag, 0 AS turn, 0 AS words FROM {TAGS} UNION ALL "
            f"SELECT event_id, person_id, 0, 1, word_count FROM {BLOCKS} "
            "WHERE kind = 'turn' AND person_id IS NOT NULL) x GROUP BY event_id, person_id"
        ),
        COPRESENCE: (
            "SELECT a.event_id, a.person_id, b.person_id FROM ("
            f"SELECT event_id, person_id FROM {TAGS} UNION SELECT event_id, person_id "
            f"FROM {BLOCKS} WHERE kind = 'turn' AND person_id IS NOT NULL) a JOIN ("
            f"SELECT event_id, person_id FROM {TAGS} UNION SELECT event_id, person_id "
            f"FROM {BLOCKS} WHERE kind = 'turn' AND person_id IS NOT NULL) b "
            "ON b.event_id = a.event_id AND a.person_id < b.person_id"
        ),
        SECTION_YEAR: (
            f"SELECT es.event_id, es.section_id, {year}, COUNT(*) FROM {SECTIONS} es "
            f"JOIN {EVENTS} e ON e.id = es.event_id GROUP BY es.event_id, es.section_id, e.date"
        ),
        TRANSCRIPT: (
            f"SELECT event_id, COUNT(*), SUM(word_count) FROM {BLOCKS} "
            "WHERE kind = 'turn' GROUP BY event_id"
        ),
    }


#: The columns each table is filled and compared by.
COLUMNS = {
    PARTICIPANT: "event_id, person_id, tags, turns, words",
    COPRESENCE: "event_id, person_a, person_b",
    SECTION_YEAR: "event_id, section_id, year, entries",
    TRANSCRIPT: "event_id, turns, words",
}


def _execute(connection: BaseDatabaseWrapper, statements: Sequence[str]) -> None:
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def uninstall(connection: BaseDatabaseWrapper) -> None:
    vendor = connection.vendor
    _execute(connection, [s for t in triggers(vendor) for s in _drop(t, vendor)])


def install(connection: BaseDatabaseWrapper) -> None:
    """(Re)create the triggers and fill the tables from the events' rows."""
    vendor = connection.vendor
    uninstall(connection)
    _execute(connection, [s for t in triggers(vendor) for s in _create(t, vendor)])
    refill(connection)


def missing(connection: BaseDatabaseWrapper) -> list[str]:
    """Names of the triggers the database lacks."""
    if connection.vendor == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    else:
        query = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    with connection.cursor() as cursor:
        cursor.execute(query)
        present = {str(name) for (name,) in cursor.fetchall()}
    return [t.name for t in triggers(connection.vendor) if t.name not in present]


def ensure(connection: BaseDatabaseWrapper) -> bool:
    """Install the triggers (and refill the tables) when any is missing; True if it did."""
    tables = set(connection.introspection.table_names())
    if not set(TABLES) <= tables or not missing(connection):
        return False
    # Only on the tables of the latest stats migration: the triggers may need its columns.
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(connection, ignore_no_migrations=True)
    if not set(loader.graph.leaf_nodes("stats")) <= set(loader.applied_migrations):
        return False
    install(connection)
    return True


def refill(connection: BaseDatabaseWrapper) -> None:
    """Empty the tables and fill them again from the events' rows (pairs by trigger)."""
    expected = expected_rows(connection.vendor)
    statements = [f"DELETE FROM {table}" for table in TABLES]
    statements += [
        f"INSERT INTO {table} ({COLUMNS[table]}) {expected[table]}"
        for table in (PARTICIPANT, SECTION_YEAR, TRANSCRIPT)
    ]
    _execute(connection, statements)


def kept_and_expected(connection: BaseDatabaseWrapper) -> dict[str, tuple[Any, Any]]:
    """For each table: its rows as kept, and as computed afresh (sorted, comparable)."""
    expected = expected_rows(connection.vendor)
    found: dict[str, tuple[Any, Any]] = {}
    with connection.cursor() as cursor:
        for table in TABLES:
            cursor.execute(f"SELECT {COLUMNS[table]} FROM {table}")
            kept = sorted(_comparable(row) for row in cursor)
            cursor.execute(expected[table])
            fresh = sorted(_comparable(row) for row in cursor)
            found[table] = (kept, fresh)
    return found


def _comparable(row: Sequence[Any]) -> tuple[int, ...]:
    """Numbers of a row, none as -1 (a dateless event's year), so rows sort."""
    return tuple(-1 if value is None else int(value) for value in row)
