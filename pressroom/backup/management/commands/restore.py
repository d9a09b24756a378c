"""pressroom restore SOURCE: put a backup made by ``pressroom dump`` into an empty database.

    pressroom migrate && pressroom restore backup.tar

Refuses a database that holds any event, person, tag or history already; all or
nothing: a damaged backup leaves the database as empty as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from pressroom.backup.archive import Backup, is_tar, restore_media
from pressroom.backup.restoring import RestoreError, restore_lines, tables_with_rows


class Command(BaseCommand):
    help = "Restore a backup made by pressroom dump (a .tar / .tar.gz file or a folder) "
    help += "into an empty, migrated database."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", help="The backup: a .tar, .tar.gz or .tgz file, or a folder.")

    def handle(self, *args: Any, **options: Any) -> None:
        source = Path(options["source"])
        if not (source.is_file() if is_tar(source) else source.is_dir()):
            raise CommandError(f"{source}: no such backup (a .tar file or a folder)")
        busy = tables_with_rows()
        if busy:
            raise CommandError(
                f"the database is not empty ({', '.join(busy)}); restore into a new, "
                "migrated database"
            )
        backup = Backup(source)
        try:
            with backup.dump() as stream:
                counts = restore_lines(stream, source=f"{source}:dump.jsonl")
            media = restore_media(backup)
        except (RestoreError, OSError) as exc:
            raise CommandError(str(exc)) from None
        summary = ", ".join(f"{n:,} {kind}" for kind, n in sorted(counts.items()))
        self.stdout.write(f"Restored {summary or 'nothing'}; {media:,} media file(s).")
