"""``pressroom stats``: the archive overview of /stats, as tables in the terminal."""

from __future__ import annotations

from typing import IO, Any, cast

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.console import Console
from rich.table import Table as RichTable

from pressroom.stats.queries import archive
from pressroom.stats.table import Table

SECTIONS = (
    archive.transcripts,
    archive.events_per_year,
    archive.busiest_days,
    archive.top_topics,
    archive.top_places,
    archive.top_persons,
)


class Command(BaseCommand):
    help = "Print the archive's statistics (published events only): years, sections, tags."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--language", default="en", help="Events of this language (en, ru).")
        parser.add_argument("--width", type=int, default=None, help="Terminal width to draw for.")

    def handle(self, *args: Any, **options: Any) -> None:
        language = options["language"]
        if language not in dict(settings.LANGUAGES):
            raise CommandError(f"--language: expected one of {', '.join(dict(settings.LANGUAGES))}")
        console = Console(file=cast(IO[str], self.stdout), width=options["width"], highlight=False)
        console.print(f"[bold]Statistics of the archive[/bold] ({language}, published events)")
        for figure in SECTIONS:
            console.print(_rich(figure(language)))
        console.print(_by_section(archive.events_per_year_by_section(language)))


def _rich(table: Table) -> RichTable:
    shown = [i for i, c in enumerate(table.columns) if c != "id"]
    out = RichTable(title=table.title, title_justify="left")
    for i in shown:
        numeric = all(isinstance(row[i], int | float) for row in table.rows)
        out.add_column(table.columns[i], justify="right" if numeric else "left")
    for row in table.rows:
        out.add_row(*(_cell(row[i]) for i in shown))
    return out


def _by_section(table: Table) -> RichTable:
    """Years down, sections across: the same figure as the stacked chart."""
    sections = sorted({str(s) for s in table.column("section")})
    counts = {(str(y), str(s)): int(n or 0) for y, s, n in table.rows}
    years = sorted({str(y) for y in table.column("year")})
    out = RichTable(title=table.title, title_justify="left")
    out.add_column("year")
    for section in sections:
        out.add_column(section, justify="right")
    for year in years:
        out.add_row(year, *(str(counts.get((year, s), 0)) for s in sections))
    return out


def _cell(value: object) -> str:
    if isinstance(value, int):
        return f"{value:,}"
    return "" if value is None else str(value)
