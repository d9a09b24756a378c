from typing import Any

from django.db import migrations, models

from pressroom.stats import triggers


def install(apps: Any, schema_editor: Any) -> None:
    # The triggers of the current code (they count each participant's words too),
    # created afresh, and the tables filled from the rows already there.
    triggers.install(schema_editor.connection)


def uninstall(apps: Any, schema_editor: Any) -> None:
    triggers.uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("stats", "0001_maintained_tables")]

    operations = [
        # First the triggers go: SQLite adds a column by copying the table and renaming
        # the copy, which triggers naming the table would refuse.
        migrations.RunPython(uninstall, migrations.RunPython.noop),
        migrations.AddField(
            model_name="participant",
            name="words",
            field=models.BigIntegerField(default=0),
        ),
        migrations.RunPython(install, uninstall),
    ]
