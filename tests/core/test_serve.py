"""pressroom serve: the gunicorn command line it hands over to."""

from __future__ import annotations

import os
import runpy
from typing import Any

import pytest
from django.core.management import call_command

import pressroom.settings as project_settings


def served_argv(monkeypatch: pytest.MonkeyPatch, *args: str) -> list[str]:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(os, "execv", lambda path, argv: seen.update(argv=argv))
    call_command("serve", *args)
    return list(seen["argv"])


def option(argv: list[str], name: str) -> str:
    return argv[argv.index(name) + 1]


def read_threads_setting(settings: Any) -> None:
    """The settings read afresh from the environment as it is now (they are read at start)."""
    settings.SERVE_THREADS = runpy.run_path(project_settings.__file__)["SERVE_THREADS"]


def test_serve_runs_threaded_workers_by_default(
    monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    monkeypatch.delenv("PRESSROOM_THREADS", raising=False)
    read_threads_setting(settings)
    argv = served_argv(monkeypatch, "--workers", "2")
    assert option(argv, "--workers") == "2"
    assert option(argv, "--worker-class") == "gthread"
    assert option(argv, "--threads") == "4"


def test_one_thread_gives_plain_sync_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    argv = served_argv(monkeypatch, "--threads", "1", "--bind", "127.0.0.1:9000")
    assert option(argv, "--worker-class") == "sync"
    assert option(argv, "--bind") == "127.0.0.1:9000"


def test_threads_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, settings: Any) -> None:
    monkeypatch.setenv("PRESSROOM_THREADS", "8")
    read_threads_setting(settings)
    assert option(served_argv(monkeypatch), "--threads") == "8"
