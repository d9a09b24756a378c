"""The ``pressroom`` command: Django's management commands with pressroom's settings.

``pressroom import``, ``export``, ``demo``, ``serve`` and the rest are management
commands in the apps; ``pressroom help`` lists them all (docs/commands.md).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["pressroom", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
