"""The tables the triggers keep (participants, pairs, sections by year, transcript totals)
stay equal to a fresh computation from the events' rows after every kind of write, and the
figures read from them still count only what a reader may see."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from itertools import combinations

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from pressroom.events.models import Block, Event, EventPerson, EventSection, Status
from pressroom.events.store import Store
from pressroom.stats.queries import archive as figures
from pressroom.stats.queries import person as person_figures
from pressroom.stats.queries.network import _network
from pressroom.stats.triggers import (
    TABLES,
    ensure,
    kept_and_expected,
    missing,
    refill,
    uninstall,
)
from pressroom.taxonomy.models import Section
from tests.stats.archive import BERG, LINDQVIST, NOVAK, PUBLISHED, RUIZ, event, turn

pytestmark = pytest.mark.django_db


def assert_in_step() -> None:
    for table, (kept, fresh) in kept_and_expected(connection).items():
        assert kept == fresh, table


def rows_of(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {table}")
        return int(cursor.fetchone()[0])


def test_saving_through_the_store_fills_every_table(archive: dict[str, int]) -> None:
    assert_in_step()
    assert all(rows_of(table) for table in TABLES)


def test_saving_an_event_again_with_other_persons_turns_and_sections(
    archive: dict[str, int],
) -> None:
    changed = dataclasses.replace(
        PUBLISHED[0],
        persons=PUBLISHED[1].persons,
        body=(turn(NOVAK, "Petra Novak", 4), turn(NOVAK, "Petra Novak", 6)),
        publication=dataclasses.replace(PUBLISHED[0].publication, sections=("Transcripts",)),
    )
    Store().save(changed, status=Status.PUBLISHED)
    assert_in_step()


def test_deleting_an_event_takes_its_rows_away(archive: dict[str, int]) -> None:
    Event.objects.get(number=101, language="en").delete()
    assert_in_step()
    assert not Event.objects.filter(number=101).exists()


def test_turns_changed_by_queryset_updates(archive: dict[str, int]) -> None:
    turns = Block.objects.filter(kind=Block.Kind.TURN)
    turns.filter(event__number=101, position=0).update(word_count=42)
    turns.filter(event__number=101, position=1).update(person=None)
    turns.filter(event__number=102).update(person=archive[NOVAK])
    turns.filter(event__number=104).update(kind=Block.Kind.NARRATIVE)
    assert_in_step()


def test_a_narrative_block_becoming_a_turn_is_counted(archive: dict[str, int]) -> None:
    Block.objects.filter(event__number=104).update(kind=Block.Kind.NARRATIVE)
    Block.objects.filter(event__number=104).update(kind=Block.Kind.TURN)
    assert_in_step()


def test_tags_and_sections_moved_by_queryset_updates(archive: dict[str, int]) -> None:
    EventPerson.objects.filter(event__number=103, person=archive[NOVAK]).update(
        person=archive[BERG]
    )
    other = Section.objects.get(name="Transcripts")
    EventSection.objects.filter(event__number=102).update(section=other)
    assert_in_step()


def test_a_new_date_moves_the_event_to_its_year(archive: dict[str, int]) -> None:
    Event.objects.filter(number=103).update(date=dt.date(2017, 1, 2))
    Event.objects.filter(number=104).update(date=None)
    assert_in_step()


def test_rows_inserted_in_plain_sql_are_counted(archive: dict[str, int]) -> None:
    target = Event.objects.get(number=104, language="en")
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO events_eventperson (event_id, person_id, position, name) "
            "VALUES (%s, %s, 5, 'again'), (%s, %s, 6, 'again')",
            [target.pk, archive[NOVAK], target.pk, archive[BERG]],
        )
    assert_in_step()


def test_a_rolled_back_change_leaves_no_trace(archive: dict[str, int]) -> None:
    before = kept_and_expected(connection)
    with transaction.atomic():
        Event.objects.get(number=102, language="en").delete()
        transaction.set_rollback(True)
    assert kept_and_expected(connection) == before


def test_refilling_gives_the_rows_the_triggers_kept(archive: dict[str, int]) -> None:
    before = kept_and_expected(connection)
    refill(connection)
    assert kept_and_expected(connection) == before


def test_a_person_is_a_participant_once_however_often_tagged_and_speaking(
    archive: dict[str, int],
) -> None:
    twice = dataclasses.replace(
        PUBLISHED[1],
        body=(turn(LINDQVIST, "Anna Lindqvist", 3), turn(LINDQVIST, "Anna Lindqvist", 4)),
    )
    Store().save(twice, status=Status.PUBLISHED)
    met = person_figures.people_met.uncached(archive[NOVAK])  # type: ignore[attr-defined]
    assert dict((pk, n) for pk, _, n in met.rows)[archive[LINDQVIST]] == 2
    assert_in_step()


# Figures read from the tables still follow what readers may see.


def independent_pairs() -> Counter[tuple[int, int]]:
    pairs: Counter[tuple[int, int]] = Counter()
    for shown in Event.objects.published().language("en"):
        people = set(shown.eventperson_set.values_list("person_id", flat=True))
        turns = shown.blocks.filter(kind="turn").exclude(person=None)
        people |= set(turns.values_list("person_id", flat=True))
        pairs.update(combinations(sorted(people), 2))
    return pairs


def met_counts(person_id: int) -> dict[int, int]:
    table = person_figures.people_met.uncached(person_id)  # type: ignore[attr-defined]
    return {pk: n for pk, _, n in table.rows}


def expected_met(person_id: int) -> dict[int, int]:
    found: dict[int, int] = {}
    for (a, b), n in independent_pairs().items():
        if person_id in (a, b):
            found[b if a == person_id else a] = n
    return found


def test_people_met_match_an_independent_count(archive: dict[str, int]) -> None:
    for person_id in archive.values():
        assert met_counts(person_id) == expected_met(person_id)


def network_edges() -> dict[tuple[int, int], int]:
    found = _network.uncached("en", None, None, None, None, 40)  # type: ignore[attr-defined]
    return {(a, b): n for a, b, n in found.edges.rows}


def test_a_withdrawn_event_leaves_the_figures_without_touching_the_tables(
    archive: dict[str, int],
) -> None:
    Event.objects.filter(number=102).update(status=Status.WITHDRAWN)
    assert archive[NOVAK] not in met_counts(archive[BERG])
    assert network_edges() == dict(independent_pairs())
    assert_in_step()


def test_a_scheduled_event_counts_once_due(archive: dict[str, int]) -> None:
    assert archive[RUIZ] not in met_counts(archive[LINDQVIST])
    # Event 107 is scheduled for later; its time passes and cron runs publish-due.
    Event.objects.filter(number=107).update(publish_at=timezone.now() - dt.timedelta(minutes=1))
    call_command("publish-due", verbosity=0)
    assert met_counts(archive[LINDQVIST])[archive[RUIZ]] == 1
    assert network_edges() == dict(independent_pairs())
    words = dict(figures.transcripts.uncached("en").rows)["words"]  # type: ignore[attr-defined]
    assert words == 5 + 3 + 2 + 10 + 7 + 100


def expected_by_section() -> list[tuple[int, str, int]]:
    counts: Counter[tuple[int, str]] = Counter()
    for shown in Event.objects.published().language("en").exclude(date=None):
        assert shown.date is not None
        for name in set(shown.sections.values_list("name", flat=True)):
            counts[(shown.date.year, name)] += 1
    return sorted((year, name, n) for (year, name), n in counts.items())


def by_section() -> list[tuple[int, str, int]]:
    table = figures.events_per_year_by_section.uncached("en")  # type: ignore[attr-defined]
    return list(table.rows)


def test_events_per_year_by_section_match_an_independent_count(
    archive: dict[str, int],
) -> None:
    Event.objects.filter(number=103).update(date=dt.date(2018, 5, 5))
    Event.objects.filter(number=101).update(status=Status.DRAFT)
    assert by_section() == expected_by_section()


def test_the_counts_agree_with_the_independent_counts(archive: dict[str, int]) -> None:
    assert by_section() == expected_by_section()
    assert network_edges() == dict(independent_pairs())
    for person_id in archive.values():
        assert met_counts(person_id) == expected_met(person_id)


def test_figures_count_a_second_language_apart(archive: dict[str, int]) -> None:
    russian = dataclasses.replace(event(101, dt.date(2019, 3, 10), (LINDQVIST, RUIZ)))
    Store().save(dataclasses.replace(russian, language="ru"), status=Status.PUBLISHED)
    assert archive[RUIZ] not in met_counts(archive[LINDQVIST])
    ru = person_figures.people_met.uncached(archive[LINDQVIST], "ru")  # type: ignore[attr-defined]
    assert {pk: n for pk, _, n in ru.rows} == {archive[RUIZ]: 1}
    assert_in_step()


def test_triggers_dropped_by_a_later_migration_are_put_back(archive: dict[str, int]) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM stats_copresence")
    uninstall(connection)
    assert missing(connection)
    assert ensure(connection) is True
    assert not missing(connection)
    assert_in_step()
    assert ensure(connection) is False
