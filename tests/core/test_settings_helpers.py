from __future__ import annotations

import re
from pathlib import Path

import pytest

from pressroom.core.database import database_from_url
from pressroom.core.env import SettingError, envbool, envint, envlist


def test_envbool_reads_the_usual_spellings(monkeypatch: pytest.MonkeyPatch) -> None:
    for raw, expected in [("1", True), ("yes", True), ("off", False), ("False", False)]:
        monkeypatch.setenv("X_FLAG", raw)
        assert envbool("X_FLAG", not expected) is expected


def test_envbool_fails_loudly_on_nonsense(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(SettingError, match="X_FLAG"):
        envbool("X_FLAG", False)


def test_envint_uses_the_default_when_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("X_NUM", raising=False)
    assert envint("X_NUM", 7) == 7
    monkeypatch.setenv("X_NUM", "seven")
    with pytest.raises(SettingError, match="X_NUM"):
        envint("X_NUM", 7)


def test_envlist_splits_on_commas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_LIST", "a.example, b.example,")
    assert envlist("X_LIST", []) == ["a.example", "b.example"]


def test_no_database_url_means_sqlite_under_var() -> None:
    config = database_from_url("", Path("/srv/var/db.sqlite3"))
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == "/srv/var/db.sqlite3"


def test_sqlite_connections_are_kept_between_requests_and_checked_before_reuse() -> None:
    config = database_from_url("sqlite:////srv/var/db.sqlite3", Path())
    assert config["CONN_MAX_AGE"] > 0 and config["CONN_HEALTH_CHECKS"] is True


def test_a_postgres_url_is_split_into_its_parts() -> None:
    config = database_from_url("postgres://ed:p%40ss@db.local:5433/press?sslmode=require", Path())
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["USER"], config["PASSWORD"], config["HOST"], config["PORT"]) == (
        "ed",
        "p@ss",
        "db.local",
        "5433",
    )
    assert config["NAME"] == "press"
    assert config["OPTIONS"] == {"sslmode": "require"}


def test_an_unknown_scheme_is_refused() -> None:
    with pytest.raises(SettingError, match="DATABASE_URL"):
        database_from_url("mysql://x/y", Path())


def test_the_environment_is_read_only_through_core_env() -> None:
    """Every setting is typed, checked at start and documented: none read on the side."""
    package = Path(__file__).resolve().parents[2] / "pressroom"
    reading = re.compile(r"os\.environ(?!\.setdefault\(\"DJANGO_SETTINGS_MODULE\")|getenv\(")
    outside = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if path != package / "core" / "env.py" and reading.search(path.read_text(encoding="utf-8"))
    ]
    assert outside == []
