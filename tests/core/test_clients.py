"""The client's address behind trusted proxies (PRESSROOM_TRUSTED_PROXIES)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import RequestFactory

from pressroom.core.clients import client_address


def address(remote: str, forwarded: str | None = None) -> str:
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return client_address(RequestFactory().get("/", REMOTE_ADDR=remote, **extra))


def test_without_trusted_proxies_forwarded_for_is_ignored(settings: Any) -> None:
    settings.PRESSROOM_TRUSTED_PROXIES = []
    assert address("192.0.2.1", "203.0.113.9") == "192.0.2.1"


@pytest.mark.parametrize(
    ("remote", "forwarded", "client"),
    [
        ("127.0.0.1", "203.0.113.9", "203.0.113.9"),
        # What a client writes itself sits left of what our proxy appended.
        ("127.0.0.1", "1.2.3.4, 203.0.113.9", "203.0.113.9"),
        # Two proxies of ours: the load balancer in 10.0.0.0/8, then nginx.
        ("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.1.2.3", "203.0.113.9"),
        ("127.0.0.1", "2001:db8::1", "2001:db8::1"),
        # A request that did not come through our proxy is its sender's.
        ("198.51.100.7", "203.0.113.9", "198.51.100.7"),
        # Garbage our proxy would never write: the proxy itself is the client.
        ("127.0.0.1", "not-an-address", "127.0.0.1"),
        ("127.0.0.1", "", "127.0.0.1"),
    ],
)
def test_forwarded_for_is_read_through_trusted_proxies_only(
    settings: Any, remote: str, forwarded: str, client: str
) -> None:
    settings.PRESSROOM_TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    assert address(remote, forwarded) == client
