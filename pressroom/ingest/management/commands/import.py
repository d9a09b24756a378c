"""pressroom import PATH... : text versions, JSON, pages, archives, feeds (docs/import.md)."""

from __future__ import annotations

import json
from typing import IO, Any, cast

from django.core.management.base import BaseCommand, CommandError, CommandParser, OutputWrapper
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from pressroom.ingest.runner import Report, Result, run_import


class Command(BaseCommand):
    help = "Import events from files, folders (recursively), archives, feeds or - for stdin."
    # Reads and writes data only: the URL and admin checks would only slow it down.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--dry-run", action="store_true", help="Read and check everything, store nothing."
        )
        parser.add_argument(
            "--report",
            choices=["table", "json"],
            default="table",
            help="json: one JSON object per document on stdout, for scripts.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        console = Console(file=_stream(self.stdout), highlight=False, soft_wrap=True)
        errors = Console(file=_stream(self.stderr), highlight=False, soft_wrap=True)
        if options["report"] == "json":
            report = run_import(
                options["paths"], dry_run=options["dry_run"], on_result=self._print_json
            )
        else:
            report = self._run_with_progress(options, console, errors)
            self._print_summary(report, console, options["dry_run"])
        if not report.ok:
            raise CommandError(f"{report.counts['rejected']} document(s) rejected", returncode=1)

    def _print_json(self, result: Result) -> None:
        self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False))

    def _run_with_progress(
        self, options: dict[str, Any], console: Console, errors: Console
    ) -> Report:
        def reject(result: Result) -> None:
            if result.status == "rejected":
                for problem in result.problems:
                    errors.print(problem.format(result.source), markup=False)

        if not console.is_terminal:
            return run_import(options["paths"], dry_run=options["dry_run"], on_result=reject)
        progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.completed} documents"),
            TimeElapsedColumn(),
            console=console,
        )
        with progress:
            task = progress.add_task("importing", total=None)

            def advance(result: Result) -> None:
                reject(result)
                progress.update(task, advance=1, description=result.source[-40:])

            return run_import(options["paths"], dry_run=options["dry_run"], on_result=advance)

    def _print_summary(self, report: Report, console: Console, dry_run: bool) -> None:
        table = Table(title="Import (dry run: nothing stored)" if dry_run else "Import")
        table.add_column("result")
        table.add_column("documents", justify="right")
        for status in ("created", "updated", "unchanged", "rejected"):
            table.add_row(status, str(report.counts[status]))
        for extra in ("turns", "persons", "photos", "omissions"):
            table.add_row(extra, str(report.counts[extra]), style="dim")
        console.print(table)


def _stream(wrapper: OutputWrapper) -> IO[str]:
    """The stream under Django's wrapper, which would add a newline to each write."""
    return cast(IO[str], wrapper._out)
