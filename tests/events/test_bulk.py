from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from pressroom.events import models as m
from pressroom.events.bulk import RETURNING_CHUNK, insert_returning_ids, insert_rows
from pressroom.taxonomy.models import Topic

pytestmark = pytest.mark.django_db

COLUMNS = ("position", "group", "kind", "title", "date", "target_number", "url")


@pytest.fixture
def event() -> m.Event:
    return m.Event.objects.create(number=5, language="en", title="Meeting")


def _links(event: m.Event, start: int) -> list[m.RelatedLink]:
    return [
        m.RelatedLink(event=event, position=start, group=0, kind="see_also", title="One"),
        m.RelatedLink(
            event=event,
            position=start + 1,
            group=1,
            kind="see_also",
            title="Two",
            date=dt.date(2020, 1, 2),
            target_number=7,
        ),
    ]


def test_inserted_rows_hold_what_bulk_create_writes(event: m.Event) -> None:
    m.RelatedLink.objects.bulk_create(_links(event, 0))
    insert_rows(m.RelatedLink, _links(event, 10))
    rows = list(m.RelatedLink.objects.order_by("position").values_list(*COLUMNS))
    by_orm, by_insert = rows[:2], rows[2:]
    assert [r[1:] for r in by_orm] == [r[1:] for r in by_insert]


def test_json_and_file_fields_go_through_their_own_conversion(event: m.Event) -> None:
    mentions = [[{"name": "Anna Lindqvist", "start": 0, "end": 14, "catalog_id": ""}]]
    insert_rows(m.Block, [m.Block(event=event, position=0, kind="narrative", mentions=mentions)])
    insert_rows(m.Photo, [m.Photo(event=event, position=0, caption="At the meeting")])
    assert m.Block.objects.get().mentions == mentions
    assert not m.Photo.objects.get().image


def test_given_primary_keys_are_kept() -> None:
    insert_rows(Topic, [Topic(id=4242, language="en", name="Energy")])
    assert Topic.objects.get(pk=4242).name == "Energy"


def test_rows_with_and_without_primary_keys_are_refused() -> None:
    rows = [Topic(id=1, language="en", name="A"), Topic(language="en", name="B")]
    with pytest.raises(ValueError, match="Topic"):
        insert_rows(Topic, rows)
    assert not Topic.objects.exists()


def test_no_rows_is_no_statement(django_assert_num_queries: Any) -> None:
    with django_assert_num_queries(0):
        insert_rows(Topic, [])


def test_returned_ids_belong_to_the_rows_in_order(event: m.Event) -> None:
    blocks = [
        m.Block(event=event, position=i, kind="narrative", text=f"Text {i}") for i in range(5)
    ]
    insert_returning_ids(m.Block, blocks)
    stored = dict(m.Block.objects.values_list("pk", "text"))
    assert [stored[b.pk] for b in blocks] == [f"Text {i}" for i in range(5)]
    assert not any(b._state.adding for b in blocks)


def test_ids_come_back_across_several_statements(event: m.Event) -> None:
    count = RETURNING_CHUNK + 3
    blocks = [m.Block(event=event, position=i, kind="separator") for i in range(count)]
    insert_returning_ids(m.Block, blocks)
    positions = dict(m.Block.objects.values_list("pk", "position"))
    assert [positions[b.pk] for b in blocks] == list(range(count))
