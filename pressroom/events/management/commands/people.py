"""pressroom people: list persons, the labels nobody was found for, and map labels.

In the events app: mapping a label relinks the turns of stored events.
"""

from __future__ import annotations

from typing import IO, Any, cast

from django.core.management.base import BaseCommand, CommandError, CommandParser, OutputWrapper
from django.db import transaction
from django.db.models import Count, Max
from rich.console import Console
from rich.table import Table

from pressroom.events.identity import document_hash
from pressroom.events.models import Block, Event
from pressroom.events.store import load
from pressroom.people.models import Person, PersonName
from pressroom.textformat.names import is_anonymous, normalize


class Command(BaseCommand):
    help = "List persons, list unresolved speaker labels, or map a label to a person."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--unresolved", action="store_true", help="Speaker labels not linked to any person."
        )
        parser.add_argument(
            "--map",
            nargs=2,
            metavar=("LABEL", "PERSON"),
            help="Link LABEL to PERSON (a 'Surname Given' tag or a person id); kept on re-import.",
        )
        parser.add_argument("--limit", type=int, default=50)

    def handle(self, *args: Any, **options: Any) -> None:
        console = Console(file=_stream(self.stdout), highlight=False, soft_wrap=True)
        if options["map"]:
            self._map(*options["map"])
        elif options["unresolved"]:
            console.print(self._unresolved(options["limit"]))
        else:
            console.print(self._persons(options["limit"]))

    def _unresolved(self, limit: int) -> Table:
        rows = (
            Block.objects.filter(kind=Block.Kind.TURN, person__isnull=True)
            .values("label")
            .annotate(turns=Count("id"), events=Count("event", distinct=True))
            .annotate(last=Max("event__number"))
            .order_by("-turns", "label")
        )
        table = Table(title="Unresolved speaker labels")
        for column in ("label", "turns", "events", "latest event"):
            table.add_column(column, justify="left" if column == "label" else "right")
        shown = 0
        for row in rows.iterator():
            if is_anonymous(row["label"]):
                continue
            table.add_row(row["label"], str(row["turns"]), str(row["events"]), str(row["last"]))
            shown += 1
            if shown >= limit:
                break
        return table

    def _persons(self, limit: int) -> Table:
        table = Table(title="Persons")
        for column in ("id", "tag name", "events", "turns"):
            table.add_column(column)
        persons = Person.objects.annotate(
            n_events=Count("events", distinct=True), n_turns=Count("turns", distinct=True)
        ).order_by("-n_turns", "tag_name")[:limit]
        for person in persons:
            counts = person.n_events, person.n_turns  # type: ignore[attr-defined]
            table.add_row(str(person.pk), person.tag_name, *map(str, counts))
        return table

    @transaction.atomic
    def _map(self, label: str, target: str) -> None:
        person = (
            Person.objects.filter(pk=int(target)).first()
            if target.isdigit()
            else Person.objects.filter(tag_name=target).first()
        )
        if person is None:
            raise CommandError(f"no person {target!r} (give a 'Surname Given' tag or an id)")
        norm = normalize(label)
        if not norm:
            raise CommandError("the label is empty")
        PersonName.objects.filter(normalized=norm, kind=PersonName.Kind.LABEL).delete()
        PersonName.objects.create(
            person=person, name=label, normalized=norm, kind=PersonName.Kind.LABEL, by_editor=True
        )
        # Narrow in the database, then compare the folded forms exactly.
        last_word = label.strip().rstrip(":").split()[-1]
        candidates = (
            Block.objects.filter(kind=Block.Kind.TURN, label__icontains=last_word)
            .exclude(person=person)
            .only("label", "event_id")
        )
        matched = [t for t in candidates.iterator() if normalize(t.label) == norm]
        Block.objects.filter(pk__in=[t.pk for t in matched]).update(person=person)
        # Keep each event's stored hash true to its content, so re-import sees no change.
        events = Event.objects.filter(pk__in={t.event_id for t in matched})
        for event in events:
            event.document_hash = document_hash(load(event))
            event.save(update_fields=["document_hash", "updated_at"])
        self.stdout.write(f"{label!r} -> {person.tag_name}: {len(matched)} turn(s) relinked")


def _stream(wrapper: OutputWrapper) -> IO[str]:
    """The stream under Django's wrapper, which would add a newline to each write."""
    return cast(IO[str], wrapper._out)
