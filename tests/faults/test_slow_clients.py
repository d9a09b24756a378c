"""`pressroom serve` under hostile clients, on loopback: a real server, two workers.

Hundreds of sockets that connect and send nothing, and dozens that send a request
header a line at a time, every few seconds, are held open (each one the server drops
is opened again) while ``/healthz`` and an event page are fetched over and over; each
must answer within a second. ``FAULT_SECONDS`` sets how long (``make faults``: 60).
The same server shows the API limit shared by its workers and read behind a proxy,
the access log, TRACE refused and no server banner.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pressroom.demo import generate_documents

pytestmark = pytest.mark.xdist_group("faults")

SECONDS = float(os.environ.get("FAULT_SECONDS", "5"))
IDLE = int(os.environ.get("FAULT_IDLE_SOCKETS", "500"))
SLOW = int(os.environ.get("FAULT_SLOW_SOCKETS", "50"))
SLOW_EVERY = 5.0
ANSWER_WITHIN = 1.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def get(port: int, path: str) -> tuple[int, float]:
    """One request on a fresh connection: its status and how long the answer took."""
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=ANSWER_WITHIN * 5)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status, time.monotonic() - started
    except OSError:
        return 0, time.monotonic() - started
    finally:
        connection.close()


@dataclass
class Siege:
    """Holds ``idle`` silent sockets and ``slow`` slow-header sockets open until stopped."""

    port: int
    idle: int
    slow: int
    reopened: int = 0
    stop: threading.Event = field(default_factory=threading.Event)

    def _open(self, slow: bool) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        sock.setblocking(False)
        if slow:
            sock.send(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        return sock

    def run(self) -> None:
        socks = {self._open(False): False for _ in range(self.idle)}
        socks.update({self._open(True): True for _ in range(self.slow)})
        next_line = time.monotonic() + SLOW_EVERY
        line = 0
        try:
            while not self.stop.wait(0.2):
                # A socket the server answered or closed is opened again.
                readable, _, _ = select.select(list(socks), [], [], 0)
                for sock in readable:
                    try:
                        if sock.recv(65536):
                            continue
                    except OSError:
                        pass
                    slow = socks.pop(sock)
                    sock.close()
                    socks[self._open(slow)] = slow
                    self.reopened += 1
                if time.monotonic() >= next_line:
                    next_line += SLOW_EVERY
                    line += 1
                    for sock, slow in socks.items():
                        if slow:
                            with contextlib.suppress(OSError):
                                sock.send(f"X-Slow-{line}: {line}\r\n".encode())
        finally:
            for sock in socks:
                sock.close()


API_RATE = 5


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, int, Path]]:
    """A migrated SQLite database with a few events, served by `pressroom serve`."""
    tmp_path = tmp_path_factory.mktemp("served")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRESSROOM_")}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    env["DJANGO_SETTINGS_MODULE"] = "pressroom.settings"
    env["PRESSROOM_VAR_DIR"] = str(tmp_path)
    env["PRESSROOM_API_RATE"] = f"{API_RATE}/min"
    env["PRESSROOM_TRUSTED_PROXIES"] = "127.0.0.1"
    documents = list(generate_documents(5, seed=1, start_id=1))
    archive = tmp_path / "archive.jsonl"
    archive.write_text("".join(doc.to_json() + "\n" for doc in documents), encoding="utf-8")
    cli = [sys.executable, "-m", "pressroom.cli"]
    for args in (["migrate", "--noinput", "-v", "0"], ["import", str(archive)]):
        done = subprocess.run([*cli, *args], env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    port = free_port()
    access_log = tmp_path / "access.log"
    serve = ["serve", "--bind", f"127.0.0.1:{port}", "--workers", "2"]
    process = subprocess.Popen(
        [*cli, *serve, "--access-log", str(access_log)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while get(port, "/healthz")[0] != 200:
            assert process.poll() is None and time.monotonic() < deadline, "serve did not start"
            time.sleep(0.2)
        yield port, documents[0].id, access_log
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def raw(port: int, request: bytes) -> bytes:
    """The server's whole answer to ``request`` on a connection of its own."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
        return answer


def test_idle_and_slow_clients_do_not_starve_the_server(
    served: tuple[int, int, Path],
) -> None:
    port, number, _ = served
    paths = ["/healthz", f"/events/president/news/{number}"]
    siege = Siege(port, IDLE, SLOW)
    attacker = threading.Thread(target=siege.run, daemon=True)
    attacker.start()
    answers: dict[str, list[tuple[int, float]]] = {path: [] for path in paths}
    try:
        time.sleep(min(2.0, SECONDS / 2))  # let every socket connect first
        end = time.monotonic() + SECONDS
        while time.monotonic() < end:
            for path in paths:
                answers[path].append(get(port, path))
            time.sleep(0.25)
    finally:
        siege.stop.set()
        attacker.join(timeout=30)
    for path, results in answers.items():
        latencies = sorted(seconds for _, seconds in results)
        print(
            f"{path}: {len(results)} requests under {IDLE} idle + {SLOW} slow sockets"
            f" for {SECONDS:.0f} s; median {latencies[len(latencies) // 2] * 1000:.0f} ms,"
            f" max {latencies[-1] * 1000:.0f} ms; sockets reopened {siege.reopened}"
        )
        assert all(status == 200 for status, _ in results), (path, results)
        assert latencies[-1] < ANSWER_WITHIN, (path, latencies[-5:])


def test_the_api_limit_is_one_for_every_worker_and_the_client_behind_the_proxy(
    served: tuple[int, int, Path],
) -> None:
    port = served[0]

    def status(forwarded_for: str) -> int:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            connection.request(
                "GET", "/api/v1/sections", headers={"X-Forwarded-For": forwarded_for}
            )
            return connection.getresponse().status
        finally:
            connection.close()

    # Each request on a connection of its own, so both workers take some.
    statuses = [status("203.0.113.7") for _ in range(API_RATE * 3)]
    assert statuses == [200] * API_RATE + [429] * API_RATE * 2
    # Behind the proxy (127.0.0.1, trusted) each client has its own budget...
    assert status("203.0.113.8") == 200
    # ...and naming another address in front of its own does not give it a new one.
    assert status("198.51.100.1, 203.0.113.7") == 429


def test_trace_is_refused_and_no_answer_names_the_server(
    served: tuple[int, int, Path],
) -> None:
    port = served[0]
    trace = raw(port, b"TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    assert trace.startswith(b"HTTP/1.1 405")
    for path in (b"/healthz", b"/static/no-such-file.css", b"/api/v1/sections"):
        answer = raw(
            port, b"GET " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        head = answer.split(b"\r\n\r\n", 1)[0].lower()
        assert b"\r\nserver: pressroom\r\n" in head + b"\r\n", head
        assert b"granian" not in head


def test_requests_are_written_to_the_access_log(served: tuple[int, int, Path]) -> None:
    port, _, access_log = served
    get(port, "/healthz?access-log-probe")
    deadline = time.monotonic() + 10
    while "/healthz" not in access_log.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert '"GET /healthz HTTP/1.1" 200' in access_log.read_text()
