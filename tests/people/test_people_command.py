from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from pressroom.document import Document, Paragraph, Turn
from pressroom.events.models import Block
from pressroom.events.store import Store
from pressroom.people.models import Person

pytestmark = pytest.mark.django_db


def turn(label: str) -> Turn:
    return Turn(label=label, paragraphs=(Paragraph("Words."),))


@pytest.fixture
def archive() -> Document:
    doc = Document(
        id=9, title="Press conference", body=(turn("Chairman Olaf Brenn"), turn("Question"))
    )
    Store().save(doc)
    return doc


def people(*args: str) -> str:
    out = io.StringIO()
    call_command("people", *args, stdout=out)
    return out.getvalue()


def test_unresolved_lists_named_labels_but_not_anonymous_ones(archive: Document) -> None:
    out = people("--unresolved")
    assert "Chairman Olaf Brenn" in out
    assert "Question" not in out


def test_a_mapping_links_existing_turns_and_survives_reimport(archive: Document) -> None:
    Person.objects.create(name="Olaf Brenn", tag_name="Brenn Olaf")
    assert "1 turn(s) relinked" in people("--map", "Chairman Olaf Brenn", "Brenn Olaf")
    linked = Block.objects.get(label="Chairman Olaf Brenn")
    assert linked.person is not None and linked.person.tag_name == "Brenn Olaf"
    assert Store().save(archive).outcome == "unchanged"
    assert Block.objects.get(label="Chairman Olaf Brenn").person == linked.person
    assert "Chairman Olaf Brenn" not in people("--unresolved")


def test_mapping_to_an_unknown_person_is_a_clear_error(archive: Document) -> None:
    with pytest.raises(CommandError, match="no person"):
        people("--map", "Chairman Olaf Brenn", "Nobody Here")
