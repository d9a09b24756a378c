"""The reader's display mode: standard, or large text with high contrast.

Kept in a cookie and switched by a plain link, so it works without JavaScript.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme

COOKIE = "display"
MODES = ("standard", "large")
_YEAR = 365 * 24 * 3600


def display_mode(request: HttpRequest) -> str:
    mode = request.COOKIES.get(COOKIE, "standard")
    return mode if mode in MODES else "standard"


def switch(request: HttpRequest, mode: str) -> HttpResponse:
    """Remember ``mode`` and go back to the page the reader came from (same site only)."""
    if mode not in MODES:
        raise Http404(f"No display mode {mode!r}")
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    response.set_cookie(COOKIE, mode, max_age=_YEAR, samesite="Lax", httponly=True)
    response["Cache-Control"] = "no-store"
    return response


def vary_on_display(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    """Middleware: an HTML page shows the display mode (the site's frame), so it
    varies with the cookie, whichever view made it."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        if response.get("Content-Type", "").startswith("text/html"):
            patch_vary_headers(response, ("Cookie",))
        return response

    return middleware
