"""pressroom dump TARGET: back up everything, media included (docs/deployment.md, Backups).

pressroom dump backup.tar          # a tar file: dump.jsonl and media/...
pressroom dump backup.tar.gz       # the same, compressed
pressroom dump backups/2024-05-01  # a folder holding the same files
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from pressroom.backup.archive import write_backup


class Command(BaseCommand):
    help = (
        "Back up every event (whatever its status), person, topic, place, section, the "
        "desk's history and the media files, to a .tar / .tar.gz file or a folder."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "target", help="A file ending in .tar, .tar.gz or .tgz, or an empty or new folder."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        target = Path(options["target"])
        if target.name.endswith((".tar", ".tar.gz", ".tgz")) and target.exists():
            raise CommandError(f"{target}: already exists; a backup never overwrites a file")
        try:
            written = write_backup(target)
        except (FileExistsError, OSError) as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(
            f"Backed up {written.lines - 1:,} records and {written.media_files:,} media "
            f"file(s) to {target}"
        )
