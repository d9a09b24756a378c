"""The read-replica router: reads to replicas, writes and writers' reads to the primary."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory

from pressroom.core.routers import (
    PrimaryForWritersMiddleware,
    ReplicaRouter,
    primary_only,
    replica_databases,
)
from pressroom.events.models import Event

ROUTER = ReplicaRouter(["replica1", "replica2"])


def test_reads_go_to_a_replica() -> None:
    chosen = {ROUTER.db_for_read(Event) for _ in range(200)}
    assert chosen == {"replica1", "replica2"}


def test_writes_go_to_the_primary() -> None:
    assert ROUTER.db_for_write(Event) == "default"


def test_without_replicas_everything_is_the_primary() -> None:
    assert ReplicaRouter([]).db_for_read(Event) == "default"


def test_only_the_primary_is_migrated() -> None:
    assert ROUTER.allow_migrate("default", "events")
    assert not ROUTER.allow_migrate("replica1", "events")


def test_rows_from_any_alias_may_be_related() -> None:
    assert ROUTER.allow_relation(Event(), Event())


def test_reads_inside_primary_only_go_to_the_primary() -> None:
    with primary_only():
        assert ROUTER.db_for_read(Event) == "default"
    assert ROUTER.db_for_read(Event) != "default"


@pytest.mark.django_db
def test_reads_inside_a_transaction_go_to_the_primary() -> None:
    with transaction.atomic():
        assert ROUTER.db_for_read(Event) == "default"


def _seen_by_view(request: HttpRequest) -> str:
    middleware = PrimaryForWritersMiddleware(lambda r: HttpResponse(ROUTER.db_for_read(Event)))
    return middleware(request).content.decode()


@pytest.mark.parametrize(
    ("method", "path", "primary"),
    [
        ("get", "/events/president/news", False),
        ("head", "/search", False),
        ("post", "/events/president/news", True),
        ("get", "/desk/events/event/", True),
        ("get", "/admin/", True),
    ],
)
def test_writers_read_from_the_primary(method: str, path: str, primary: bool) -> None:
    request = getattr(RequestFactory(), method)(path)
    assert (_seen_by_view(request) == "default") is primary


def test_replica_urls_become_databases_that_mirror_the_primary_in_tests() -> None:
    databases = replica_databases(
        ["postgres://reader:pw@replica-a:5432/pressroom", "sqlite:////tmp/copy.sqlite3"],
        Path("/tmp/unused.sqlite3"),
    )
    assert list(databases) == ["replica1", "replica2"]
    assert databases["replica1"]["HOST"] == "replica-a"
    assert databases["replica1"]["USER"] == "reader"
    assert databases["replica2"]["NAME"] == "/tmp/copy.sqlite3"
    assert all(db["TEST"] == {"MIRROR": "default"} for db in databases.values())
