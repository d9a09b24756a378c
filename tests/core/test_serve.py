"""pressroom serve: the granian server it configures and runs."""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from granian.server import Server

import pressroom.settings as project_settings


def served(monkeypatch: pytest.MonkeyPatch, *args: str) -> Server:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(Server, "serve", lambda self, *a, **k: seen.update(server=self))
    call_command("serve", *args)
    return seen["server"]


def read_threads_setting(settings: Any) -> None:
    """The settings read afresh from the environment as it is now (they are read at start)."""
    settings.SERVE_THREADS = runpy.run_path(project_settings.__file__)["SERVE_THREADS"]


def test_serve_runs_threaded_workers_by_default(
    monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    monkeypatch.delenv("PRESSROOM_THREADS", raising=False)
    read_threads_setting(settings)
    server = served(monkeypatch, "--workers", "2")
    assert server.workers == 2
    assert server.blocking_threads == 4
    assert server.interface == "wsgi"


def test_bind_and_threads_from_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    server = served(monkeypatch, "--threads", "1", "--bind", "127.0.0.1:9000")
    assert (server.bind_addr, server.bind_port, server.blocking_threads) == ("127.0.0.1", 9000, 1)
    assert served(monkeypatch, "--bind", "[::1]:9001").bind_addr == "::1"
    with pytest.raises(CommandError):
        served(monkeypatch, "--bind", "localhost")


def test_threads_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, settings: Any) -> None:
    monkeypatch.setenv("PRESSROOM_THREADS", "8")
    read_threads_setting(settings)
    assert served(monkeypatch).blocking_threads == 8


def test_slow_headers_time_out_and_connections_are_bounded(
    monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    settings.SERVE_HEADER_SECONDS = 7
    settings.SERVE_CONNECTIONS = 300
    server = served(monkeypatch)
    assert server.http1_settings.header_read_timeout == 7000
    assert server.backpressure == 300


def test_the_access_log_goes_to_standard_output_a_file_or_nowhere(
    monkeypatch: pytest.MonkeyPatch, settings: Any, tmp_path: Path
) -> None:
    settings.SERVE_ACCESS_LOG = "-"
    stdout = served(monkeypatch)
    assert stdout.log_access
    assert stdout.log_config["handlers"]["access"]["stream"] == "ext://sys.stdout"
    log = str(tmp_path / "access.log")
    to_file = served(monkeypatch, "--access-log", log)
    assert to_file.log_access
    assert to_file.log_config["handlers"]["access"]["filename"] == log
    assert not served(monkeypatch, "--access-log", "off").log_access
