"""What the HTTP benchmarks share: a throwaway site under `pressroom serve`, and wrk's units.

Imported by the ``bench_*.py`` scripts, which run with this folder on ``sys.path``.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from http.client import HTTPConnection, HTTPResponse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def environment(var: Path, db: Path | str, **extra: str) -> dict[str, str]:
    """The environment of a site on its own database (a SQLite file, or a URL), quiet
    and without debug."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "pressroom.settings",
        "DATABASE_URL": db if isinstance(db, str) else f"sqlite:///{db.resolve()}",
        "PRESSROOM_VAR_DIR": str(var),
        "PRESSROOM_DEBUG": "0",
        "PRESSROOM_LOG_LEVEL": "ERROR",
        "PYTHONPATH": str(ROOT),
        **extra,
    }


def prepare(env: dict[str, str]) -> None:
    """Migrate, collect static files and compile the messages of the site ``env`` names."""
    manage = [sys.executable, "-m", "pressroom.cli"]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, check=True)
    subprocess.run([*manage, "collectstatic", "--noinput", "-v", "0"], env=env, check=True)
    if shutil.which("msgfmt"):
        subprocess.run(
            [*manage, "compilemessages", "-v", "0"], env=env, check=True, cwd=ROOT / "pressroom"
        )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(env: dict[str, str], port: int, attempts: int = 150) -> subprocess.Popen[bytes]:
    """``pressroom serve`` with 2 workers of 4 threads on 127.0.0.1 (its default on a
    2-core machine), once /healthz answers."""
    server = subprocess.Popen(
        [sys.executable, "-m", "pressroom.cli", "serve", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--threads", "4", "--access-log", "off"],
        env=env, cwd=ROOT,
    )  # fmt: skip
    for _ in range(attempts):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("pressroom serve did not start")


class Client:
    """GET over one kept-alive HTTP/1.1 connection, as a browser or an API client holds
    one: each request then costs the server's work and one round trip, no handshake."""

    def __init__(self, base: str) -> None:
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname or "127.0.0.1", url.port or 80
        self.connection: HTTPConnection | None = None

    def get(self, path: str) -> bytes:
        """The body of a 200 answer to ``path`` (an error names the status)."""
        try:
            response, body = self._request(path)
        except OSError:
            # The server closed an idle connection: open another, once.
            self.close()
            response, body = self._request(path)
        if response.will_close:
            self.close()
        if response.status != 200:
            raise OSError(f"GET {path}: {response.status} {body[:200]!r}")
        return body

    def _request(self, path: str) -> tuple[HTTPResponse, bytes]:
        if self.connection is None:
            self.connection = HTTPConnection(self.host, self.port, timeout=60)
        self.connection.request("GET", path)
        response = self.connection.getresponse()
        return response, response.read()

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def wrk_ms(text: str) -> float:
    """A wrk latency (``850.12us``, ``3.10ms``, ``1.2s``, ``1.5m``) in milliseconds."""
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if match is None:
        raise ValueError(f"not a wrk latency: {text!r}")
    value, unit = match.groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]
