"""A throwaway PostgreSQL 15 cluster for the benchmarks, as ``.ci/run`` starts one for tests.

    with throwaway_cluster() as url:   # postgres://postgres@127.0.0.1:<port>/postgres
        ...

Initialised in a temporary folder and run as the ``postgres`` user (the server refuses
root) on a free port of 127.0.0.1, with fsync off: the figures are the engine's work,
not the disk's. Stopped and removed on exit. ``bench/run.py --postgres`` passes its URL
to the scripts as ``PRESSROOM_BENCH_POSTGRES``.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BIN = Path("/usr/lib/postgresql/15/bin")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(command: list[str]) -> None:
    line = " ".join(shlex.quote(part) for part in command)
    if os.geteuid() == 0:
        subprocess.run(["su", "postgres", "-c", line], check=True, stdout=subprocess.DEVNULL)
    else:
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    if not (BIN / "initdb").exists():
        raise SystemExit(f"PostgreSQL 15 is not installed ({BIN}): apt-get install postgresql-15")
    root = Path(tempfile.mkdtemp(prefix="pressroom-bench-pg-"))
    data, port = root / "data", _free_port()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    started = False
    try:
        _as_postgres([str(BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                      "-E", "UTF8", "--locale=C.UTF-8"])  # fmt: skip
        options = (f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c full_page_writes=off -c shared_buffers=1GB -c work_mem=64MB")  # fmt: skip
        _as_postgres([str(BIN / "pg_ctl"), "-D", str(data), "-o", options,
                      "-l", str(root / "log"), "-w", "start"])  # fmt: skip
        started = True
        yield f"postgres://postgres@127.0.0.1:{port}/postgres"
    finally:
        if started:
            _as_postgres([str(BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"])
        shutil.rmtree(root, ignore_errors=True)
