"""System checks: production refuses to run on the development SECRET_KEY."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, Tags, register

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]", "testserver"}


@register(Tags.security)
def secret_key_is_set(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    public = [host for host in settings.ALLOWED_HOSTS if not _local(host)]
    if settings.SECRET_KEY != settings.INSECURE_SECRET_KEY or not (settings.BEHIND_HTTPS or public):
        return []
    why = "PRESSROOM_HTTPS is on" if settings.BEHIND_HTTPS else f"the site is served as {public[0]}"
    return [
        Error(
            f"PRESSROOM_SECRET_KEY is not set and {why}: sessions and password resets "
            "would be signed with the published development key.",
            hint="Set PRESSROOM_SECRET_KEY to a long random value (docs/deployment.md).",
            id="pressroom.E001",
        )
    ]


def _local(host: str) -> bool:
    return host in LOCAL_HOSTS or host.endswith(".localhost") or host == ".localhost"
