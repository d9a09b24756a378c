"""A per-client request budget, ``PRESSROOM_API_RATE`` ("600/min"), kept in Django's cache."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from ninja.throttling import SimpleRateThrottle

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

    def get_ident(self, request: HttpRequest) -> str | None:
        """The client's address: REMOTE_ADDR, or the one the nearest trusted proxy saw.

        ``X-Forwarded-For`` is believed only through ``PRESSROOM_API_PROXIES`` proxies
        of our own; otherwise a client could name a new address on every request.
        """
        proxies = int(getattr(settings, "PRESSROOM_API_PROXIES", 0) or 0)
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
        if proxies > 0 and forwarded:
            hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
            if hops:
                return hops[-min(proxies, len(hops))]
        return request.META.get("REMOTE_ADDR")

    def get_cache_key(self, request: HttpRequest) -> str | None:
        ident = self.get_ident(request) or "unknown"
        return self.cache_format % {"scope": self.scope, "ident": ident}
