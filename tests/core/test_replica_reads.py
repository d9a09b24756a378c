"""With a read replica configured, search, Document loads and statistics read from it.

In tests a replica is a mirror of the primary: the same database under a second
alias. What proves the routing is each alias's own connection and query log: the
reads must be logged on ``replica1`` and nothing on ``default``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
from django.core.cache import caches
from django.db import connections, transaction
from django.db.utils import load_backend
from django.test import Client
from django.test.utils import CaptureQueriesContext

from pressroom.core import routers
from pressroom.core.cache import STATS
from pressroom.core.routers import PRIMARY, ReplicaRouter
from pressroom.events.loading import load_documents, load_number
from pressroom.events.models import Event
from pressroom.events.store import Store
from pressroom.events.version import forget_version
from pressroom.people.models import Person
from pressroom.search.engine import search
from pressroom.stats.queries import archive as archive_figures
from pressroom.stats.queries import person as person_figures
from tests.search.conftest import PUBLISHED

REPLICA = "replica1"


@pytest.fixture
def replica(transactional_db: None, settings: Any) -> Iterator[None]:
    """``replica1`` as ``DATABASE_REPLICA_URLS`` gives it in tests: a mirror of the primary.

    Its connection is made here rather than declared in DATABASES (which is read once,
    when the test databases are created). Transactional: inside a test's transaction
    every read is pinned to the primary.
    """
    primary = connections[PRIMARY].settings_dict
    config = {**primary, "TEST": {**primary["TEST"], "MIRROR": PRIMARY}}
    connections[REPLICA] = load_backend(config["ENGINE"]).DatabaseWrapper(config, REPLICA)
    settings.DATABASE_ROUTERS = [ReplicaRouter([REPLICA])]
    settings.MIDDLEWARE = [f"{routers.__name__}.PrimaryForWritersMiddleware", *settings.MIDDLEWARE]
    store = Store()
    for doc in PUBLISHED:
        store.save(doc)
    caches[STATS].clear()
    forget_version()
    yield
    connections[REPLICA].close()
    del connections[REPLICA]
    caches[STATS].clear()


def _reads(work: Callable[[], object]) -> tuple[list[str], list[str]]:
    """The statements ``work`` ran on the replica and on the primary."""
    with (
        CaptureQueriesContext(connections[REPLICA]) as on_replica,
        CaptureQueriesContext(connections[PRIMARY]) as on_primary,
    ):
        work()
    return [q["sql"] for q in on_replica], [q["sql"] for q in on_primary]


def _assert_on_replica(work: Callable[[], object], *tables: str) -> None:
    on_replica, on_primary = _reads(work)
    assert on_primary == []
    for table in tables:
        assert any(table in sql for sql in on_replica), table


def test_the_search_engine_reads_from_the_replica(replica: None) -> None:
    results: list[Any] = []
    _assert_on_replica(lambda: results.append(search("cooperation")), "search_eventtext")
    assert results[0].total >= 2


def test_the_search_page_reads_from_the_replica(replica: None, client: Client) -> None:
    responses: list[Any] = []
    _assert_on_replica(
        lambda: responses.append(client.get("/search", {"query": "speaker:putin energy"})),
        "search_turntext",
        "people_person",
    )
    assert responses[0].status_code == 200
    assert "<mark>" in responses[0].content.decode()


def test_documents_load_from_the_replica(replica: None) -> None:
    pks = list(Event.objects.using(PRIMARY).values_list("pk", flat=True))
    documents: list[Any] = []
    _assert_on_replica(lambda: documents.extend(load_documents(pks)), "events_block")
    _assert_on_replica(lambda: documents.append(load_number(101)), "events_event")
    assert {doc.id for doc in documents} == {101, 102, 103, 104}


def test_statistics_read_from_the_replica(replica: None) -> None:
    putin = Person.objects.using(PRIMARY).get(tag_name="Putin Vladimir").pk
    tables: list[Any] = []
    _assert_on_replica(lambda: tables.append(archive_figures.events_per_year("en")), "events_event")
    _assert_on_replica(lambda: tables.append(archive_figures.busiest_days("en")), "events_event")
    _assert_on_replica(lambda: tables.append(person_figures.topics(putin, "en")), "events_event")
    assert dict(tables[0].rows) == {2018: 1, 2019: 1, 2020: 1}
    assert tables[2].rows


def test_writers_read_from_the_primary(replica: None, client: Client) -> None:
    on_replica, on_primary = _reads(lambda: client.post("/search", {"query": "cooperation"}))
    assert on_replica == []
    assert on_primary


def test_reads_in_a_transaction_stay_on_the_primary(replica: None) -> None:
    def load_in_a_transaction() -> None:
        with transaction.atomic():
            load_number(101)
            search("cooperation")

    on_replica, on_primary = _reads(load_in_a_transaction)
    assert on_replica == []
    assert any("events_block" in sql for sql in on_primary)


def test_indexing_a_change_reads_from_the_primary(replica: None) -> None:
    event = Event.objects.using(PRIMARY).get(number=102, language="en")
    event.title = "Telephone conversation about grain"

    def save_and_save_again() -> None:
        event.save()
        Store().save(replace(PUBLISHED[0], title="Meeting on grain"))

    on_replica, _ = _reads(save_and_save_again)
    assert on_replica == []
    assert search("grain").total == 2
