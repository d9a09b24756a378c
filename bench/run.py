"""Run every benchmark script and write docs/benchmarks.md.

    .venv/bin/python bench/run.py            # quick mode (the default)
    .venv/bin/python bench/run.py --full     # full mode: 100,000-event archives, long
    .venv/bin/python bench/run.py --only demo --only textformat --output /tmp/b.md

Each ``bench/bench_*.py`` is a standalone script that prints a Markdown table.
Scripts that accept ``--quick`` / ``--full`` are given the mode; the others run
as they are. A script that fails (non-zero exit, or over the time limit) is
reported as failed in the file, the rest still run, and this exits non-zero.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import os
import platform
import re
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
OUTPUT = ROOT / "docs" / "benchmarks.md"
#: How much of a failing script's error output the report keeps.
ERROR_TAIL_LINES = 30


@dataclass(frozen=True)
class Result:
    name: str
    summary: str
    command: list[str]
    seconds: float
    returncode: int | None  # None: stopped at the time limit
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def scripts(only: list[str], folder: Path = BENCH) -> list[Path]:
    """Every script in name order, or those named by ``only`` in the order given."""
    found = sorted(folder.glob("bench_*.py"))
    if only:
        wanted = [n.removeprefix("bench_").removesuffix(".py") for n in only]
        by_name = {p.stem.removeprefix("bench_"): p for p in found}
        found = [by_name[n] for n in dict.fromkeys(wanted) if n in by_name]
    return found


def summary(script: Path) -> str:
    """The first line of the script's docstring."""
    try:
        doc = ast.get_docstring(ast.parse(script.read_text(encoding="utf-8")))
    except SyntaxError:
        return ""
    return (doc or "").strip().splitlines()[0] if doc else ""


def mode_flag(script: Path, mode: str) -> list[str]:
    """``--quick`` or ``--full`` for scripts that take it (their source names the flag)."""
    flag = f"--{mode}"
    return [flag] if f'"{flag}"' in script.read_text(encoding="utf-8") else []


def run_script(script: Path, mode: str, timeout: float) -> Result:
    shown = script.relative_to(ROOT) if script.is_relative_to(ROOT) else script
    command = [sys.executable, str(shown), *mode_flag(script, mode)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
        )
        code: int | None = done.returncode
        stdout, stderr = done.stdout, done.stderr
    except subprocess.TimeoutExpired as exc:
        code = None
        stdout = _text(exc.stdout)
        stderr = _text(exc.stderr) + f"\nstopped after the time limit of {timeout:.0f} s"
    return Result(
        name=script.stem,
        summary=summary(script),
        command=["python", *command[1:]],
        seconds=time.perf_counter() - started,
        returncode=code,
        stdout=stdout,
        stderr=stderr,
    )


def _text(value: str | bytes | None) -> str:
    if value is None:
        return ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _first_line(path: Path, prefix: str) -> str:
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip() if ":" in line else line
    except OSError:
        pass
    return ""


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def machine() -> list[tuple[str, str]]:
    """What the figures were measured on."""
    cpu = _first_line(Path("/proc/cpuinfo"), "model name") or platform.processor() or "unknown"
    memory = _first_line(Path("/proc/meminfo"), "MemTotal")
    if memory.endswith(" kB"):
        memory = f"{int(memory.split()[0]) / 1024 / 1024:.1f} GiB"
    try:
        os_name = platform.freedesktop_os_release().get("PRETTY_NAME", "")
    except OSError:
        os_name = ""
    commit = _git("rev-parse", "--short=12", "HEAD") or "unknown"
    if _git("status", "--porcelain", "--untracked-files=no"):
        commit += " (the work tree had uncommitted changes)"
    return [
        ("Date", dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")),
        ("Commit", commit),
        ("CPU", cpu),
        ("Cores", str(os.cpu_count() or "unknown")),
        ("Memory", memory or "unknown"),
        ("OS", f"{os_name or platform.system()} (kernel {platform.release()})"),
        ("Python", platform.python_version()),
        ("SQLite", sqlite3.sqlite_version),
        ("PostgreSQL", _postgres_version()),
    ]


def _postgres_version() -> str:
    """The server measured beside SQLite, if any (``--postgres``)."""
    url = os.environ.get("PRESSROOM_BENCH_POSTGRES")
    if not url:
        return "not measured (run with --postgres)"
    try:
        import psycopg

        with psycopg.connect(url) as conn:
            row = conn.execute("SHOW server_version").fetchone()
        return f"{row[0] if row else 'unknown'} (throwaway cluster, fsync off)"
    except Exception as exc:  # the report still gets written
        return f"unreachable ({exc.__class__.__name__})"


_SEPARATOR_ROW = re.compile(r"^\|(\s*:?-+:?\s*\|)+\s*$")


def with_header(stdout: str, stderr: str) -> str:
    """Standard output, with the table header put back when the script printed its
    header to standard error (so that its rows alone can be appended to a table)."""
    rows = stdout.strip().splitlines()
    if not rows or not rows[0].startswith("|"):
        return stdout.strip()
    if len(rows) > 1 and _SEPARATOR_ROW.match(rows[1]):
        return stdout.strip()
    err = stderr.splitlines()
    for i in range(len(err) - 1):
        if err[i].startswith("|") and _SEPARATOR_ROW.match(err[i + 1]):
            return "\n".join([err[i], err[i + 1], *rows])
    return stdout.strip()


def report(
    results: list[Result], mode: str, facts: list[tuple[str, str]], pending: list[str]
) -> str:
    failed = [r.name for r in results if not r.ok]
    lines = [
        "# Benchmarks",
        "",
        f"Written by `bench/run.py` ({mode} mode); see `bench/README.md` for what each",
        "script measures and how to run it. Figures depend on the machine below.",
        "",
        "| | |",
        "|---|---|",
        *(f"| {key} | {value} |" for key, value in facts),
        "",
    ]
    if failed:
        lines += [f"**Failed:** {', '.join(failed)}.", ""]
    if pending:
        lines += [
            f"**Not in this report:** {', '.join(pending)} (not run yet, stopped, or left"
            " out with `--only`).",
            "",
        ]
    for r in results:
        status = "" if r.ok else " (failed)"
        lines += [f"## {r.name}{status}", ""]
        if r.summary:
            lines += [r.summary, ""]
        lines += [f"`{' '.join(r.command)}`, {r.seconds:.0f} s.", ""]
        if r.stdout.strip():
            lines += [with_header(r.stdout, r.stderr), ""]
        if not r.ok:
            why = "time limit" if r.returncode is None else f"exit status {r.returncode}"
            tail = r.stderr.strip().splitlines()[-ERROR_TAIL_LINES:]
            lines += [f"Failed ({why}). Last lines of its error output:", "", "```"]
            lines += [*tail, "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_const", const="quick", dest="mode")
    mode.add_argument("--full", action="store_const", const="full", dest="mode")
    parser.add_argument("--only", action="append", default=[], help="run only this script")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="docs/benchmarks.md")
    parser.add_argument("--folder", type=Path, default=BENCH, help=argparse.SUPPRESS)
    parser.add_argument(
        "--timeout", type=float, help="seconds per script (quick 1,800; full 10,800)"
    )
    parser.add_argument(
        "--postgres",
        action="store_true",
        help="also measure PostgreSQL, on a throwaway cluster (bench/postgres.py)",
    )
    args = parser.parse_args(argv)
    if args.postgres and not os.environ.get("PRESSROOM_BENCH_POSTGRES"):
        from postgres import throwaway_cluster

        with throwaway_cluster() as url:
            os.environ["PRESSROOM_BENCH_POSTGRES"] = url
            try:
                return _run(args)
            finally:
                del os.environ["PRESSROOM_BENCH_POSTGRES"]
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    chosen = args.mode or "quick"
    timeout = args.timeout or (1800.0 if chosen == "quick" else 10800.0)
    found = scripts(args.only, args.folder)
    if not found:
        print("no benchmark script matched", file=sys.stderr)
        return 2
    left_out = [p.stem for p in scripts([], args.folder) if p not in found]
    results: list[Result] = []
    facts = machine()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    for position, script in enumerate(found):
        print(f"{script.stem} ...", end=" ", flush=True)
        result = run_script(script, chosen, timeout)
        print(f"{'ok' if result.ok else 'FAILED'} ({result.seconds:.0f} s)", flush=True)
        results.append(result)
        # Written after every script, so an interrupted run still leaves its figures.
        pending = [p.stem for p in found[position + 1 :]] + left_out
        args.output.write_text(report(results, chosen, facts, pending), encoding="utf-8")
    print(f"wrote {args.output}")
    failed = [r.name for r in results if not r.ok]
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
