"""pressroom serve: the site under gunicorn (docs/deployment.md)."""

from __future__ import annotations

import os
import sys
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Serve the site with gunicorn (127.0.0.1:8000, one worker per core, 4 threads each)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bind", default=settings.SERVE_BIND)
        parser.add_argument("--workers", type=int, default=settings.SERVE_WORKERS)
        # Threads let a worker keep connections alive and overlap waiting on the
        # database or the client; 1 gives gunicorn's plain sync workers.
        parser.add_argument("--threads", type=int, default=settings.SERVE_THREADS)

    def handle(self, *args: Any, **options: Any) -> None:
        argv = [
            sys.executable,
            "-m",
            "gunicorn",
            "pressroom.wsgi:application",
            "--bind",
            options["bind"],
            "--workers",
            str(options["workers"]),
            "--threads",
            str(max(1, options["threads"])),
            "--worker-class",
            "gthread" if options["threads"] > 1 else "sync",
            "--access-logfile",
            "-",
            "--forwarded-allow-ips",
            "127.0.0.1",
        ]
        self.stdout.write(f"Serving on http://{options['bind']}/")
        self.stdout.flush()
        os.execv(sys.executable, argv)
