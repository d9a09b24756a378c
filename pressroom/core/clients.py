"""The client's address: REMOTE_ADDR, or the one our trusted proxies say they served."""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _trusted(address: str, networks: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


UNKNOWN = "0.0.0.0"


def _is_address(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def client_address(request: HttpRequest) -> str:
    """Who sent the request, for the API's rate limit and the desk's lockout.

    ``X-Forwarded-For`` is read from the right, one hop per trusted proxy
    (``PRESSROOM_TRUSTED_PROXIES``): the first address that is not one of ours is the
    client. What a client writes there itself sits further left and is never reached,
    and without a trusted proxy in front the header is ignored.
    """
    address = str(request.META.get("REMOTE_ADDR") or "")
    if not _is_address(address):
        # The lockout stores an IP address (PostgreSQL checks it): a request without a
        # usable one counts as the unspecified address.
        address = UNKNOWN
    networks = _networks(tuple(settings.PRESSROOM_TRUSTED_PROXIES))
    if not networks or not _trusted(address, networks):
        return address
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed([hop for hop in hops if hop]):
        if not _trusted(hop, networks):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                # A hop our proxy would never write: stop at the proxy that passed it on.
                return address
        address = hop
    return address
