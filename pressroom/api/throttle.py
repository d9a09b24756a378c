"""A per-client request budget, ``PRESSROOM_API_RATE`` ("600/min"), kept in a shared cache."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import BaseCache, caches
from django.http import HttpRequest
from ninja.throttling import SimpleRateThrottle

from pressroom.core.clients import client_address

DEFAULT_RATE = "600/min"


class ClientRateThrottle(SimpleRateThrottle):
    """Counts requests per client address; the rate is read per request, so tests may change it."""

    scope = "pressroom-api"

    def __init__(self) -> None:
        self.rate = DEFAULT_RATE
        self.num_requests, self.duration = self.parse_rate(self.rate)

    def allow_request(self, request: HttpRequest) -> bool:
        rate = getattr(settings, "PRESSROOM_API_RATE", DEFAULT_RATE) or DEFAULT_RATE
        if rate != self.rate:
            self.rate = rate
            self.num_requests, self.duration = self.parse_rate(rate)
        return super().allow_request(request)

    @property
    def cache(self) -> BaseCache:  # type: ignore[override]
        """Every worker counts in the same place, so the limit is the limit (docs/api.md)."""
        return caches["limits"]

    def get_ident(self, request: HttpRequest) -> str | None:
        return client_address(request)

    def get_cache_key(self, request: HttpRequest) -> str | None:
        ident = self.get_ident(request) or "unknown"
        return self.cache_format % {"scope": self.scope, "ident": ident}
