"""``DATABASE_URL`` to Django's DATABASES entry (SQLite by default)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

from pressroom.core.env import SettingError


def sqlite_config(path: Path) -> dict[str, Any]:
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        # A connection kept per worker: opening one runs the pragmas below and reads the
        # whole schema (FTS tables included), several ms a request at 100,000 events.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        # WAL lets readers go on during an import; the busy timeout makes a second
        # writer wait for the lock instead of failing at once.
        "OPTIONS": {
            "timeout": 30,
            "transaction_mode": "IMMEDIATE",
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                "PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; "
                "PRAGMA mmap_size=268435456;"
            ),
        },
    }


def database_from_url(url: str, default_sqlite: Path) -> dict[str, Any]:
    if not url:
        return sqlite_config(default_sqlite)
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = unquote(parsed.path)
        if path.startswith("//"):
            path = path[1:]
        return sqlite_config(Path(path.lstrip("/") if not path.startswith("/") else path))
    if parsed.scheme in {"postgres", "postgresql"}:
        options = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")),
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": unquote(parsed.hostname or ""),
            "PORT": str(parsed.port or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": options,
        }
    raise SettingError(f"DATABASE_URL: unsupported scheme {parsed.scheme!r} (sqlite or postgres)")
