"""pressroom serve: the site under granian (docs/deployment.md)."""

from __future__ import annotations

import copy
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from granian.constants import Interfaces
from granian.http import HTTP1Settings
from granian.log import LOGGING_CONFIG
from granian.server import Server
from granian.server.common import AbstractServer


class Command(BaseCommand):
    help = (
        "Serve the site with granian (127.0.0.1:8000, one worker per core, 4 threads each): "
        "connections are held by an event loop, so idle and slow clients tie up no thread."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bind", default=settings.SERVE_BIND)
        parser.add_argument("--workers", type=int, default=settings.SERVE_WORKERS)
        # Threads run the requests a worker has read in full; waiting on the network
        # costs none, so a few per worker overlap waiting on the database.
        parser.add_argument("--threads", type=int, default=settings.SERVE_THREADS)
        parser.add_argument(
            "--access-log",
            default=settings.SERVE_ACCESS_LOG,
            help="'-' for standard output, a file to append to, or 'off'",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"Serving on http://{options['bind']}/")
        self.stdout.flush()
        bind, workers, threads = options["bind"], options["workers"], options["threads"]
        server(bind, workers, threads, options["access_log"]).serve()


def server(bind: str, workers: int, threads: int, access_log: str) -> AbstractServer[Any]:
    host, port = split_bind(bind)
    return Server(
        "pressroom.wsgi:application",
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=max(1, workers),
        blocking_threads=max(1, threads),
        # Connections a worker holds at once (idle ones included); past it, new ones
        # wait in the listen backlog. Each costs a file descriptor, not a thread.
        backpressure=settings.SERVE_CONNECTIONS,
        # A client gets this long to send a request's headers, first request included.
        http1_settings=HTTP1Settings(header_read_timeout=settings.SERVE_HEADER_SECONDS * 1000),
        log_access=access_log != "off",
        log_dictconfig=log_config(access_log),
        # Granian answers SIGHUP by restarting its workers (systemctl reload).
        respawn_failed_workers=True,
    )


def split_bind(bind: str) -> tuple[str, int]:
    """``HOST:PORT`` or ``[IPv6]:PORT`` as granian takes them."""
    host, _, port = bind.rpartition(":")
    if not host or not port.isdigit():
        raise CommandError(f"--bind {bind!r}: expected HOST:PORT")
    return host.strip("[]"), int(port)


def log_config(access_log: str) -> dict[str, Any]:
    """Granian's logging, with the access log on standard output or appended to a file."""
    config: dict[str, Any] = copy.deepcopy(LOGGING_CONFIG)
    if access_log not in ("-", "off"):
        config["handlers"]["access"] = {
            "formatter": "access",
            "class": "logging.FileHandler",
            "filename": access_log,
        }
    return config
