from __future__ import annotations

import dataclasses

import pytest

from pressroom.document import Document, Paragraph, Tag, Turn
from pressroom.events.identity import GENERATED_ID_BASE
from pressroom.events.models import Block, Event, Status
from pressroom.events.store import Store, load_number, save
from pressroom.people.models import Person, PersonName

pytestmark = pytest.mark.django_db


def test_saving_a_new_document_creates_a_published_event(document: Document) -> None:
    saved = save(document)
    assert saved.outcome == "created"
    event = Event.objects.get(number=70001)
    assert event.status == Status.PUBLISHED
    assert Event.objects.published().filter(pk=event.pk).exists()


def test_a_saved_document_loads_back_equal(document: Document) -> None:
    save(document)
    assert load_number(70001) == document


def test_saving_the_same_document_again_changes_nothing(document: Document) -> None:
    save(document)
    before = Event.objects.get().updated_at
    assert save(document).outcome == "unchanged"
    assert Event.objects.get().updated_at == before


def test_a_changed_document_updates_the_event_in_place(document: Document) -> None:
    save(document)
    pk = Event.objects.get().pk
    changed = dataclasses.replace(document, lead="A corrected lead.")
    assert save(changed).outcome == "updated"
    assert Event.objects.get().pk == pk
    assert load_number(70001) == changed


def test_each_turn_is_one_row_with_its_printed_label_and_person(document: Document) -> None:
    save(document)
    turns = Block.objects.filter(kind=Block.Kind.TURN).order_by("position")
    assert [t.label for t in turns] == [
        "Governor of the Northern Province Anna Lindqvist",
        "Question",
    ]
    assert turns[0].person is not None and turns[0].person.tag_name == "Lindqvist Anna"
    assert turns[0].text == "Good afternoon.\nThe harvest was good."
    assert turns[1].person is None


def test_a_document_without_an_id_gets_a_stable_one(document: Document) -> None:
    anonymous = dataclasses.replace(document, id=None)
    first = save(anonymous)
    assert first.number >= GENERATED_ID_BASE
    again = save(anonymous)
    assert (again.number, again.outcome) == (first.number, "unchanged")
    assert save(dataclasses.replace(anonymous, lead="New lead")).number == first.number
    assert Event.objects.count() == 1


def test_a_label_seen_before_links_a_later_untagged_turn(document: Document) -> None:
    save(document)
    later = Document(
        id=70002,
        title="Telephone conversation",
        body=(Turn(label="Anna Lindqvist", paragraphs=(Paragraph("Hello."),)),),
    )
    saved = save(later)
    turn = saved.document.body[0]
    assert isinstance(turn, Turn) and turn.speaker == "Lindqvist Anna"


def test_an_editor_mapping_wins_over_the_document(document: Document) -> None:
    other = Person.objects.create(name="Ivo Marek", tag_name="Marek Ivo")
    PersonName.objects.create(
        person=other, name="Question", normalized="question", kind="label", by_editor=True
    )
    saved = Store().save(document)
    turn = [b for b in saved.document.body if isinstance(b, Turn)][1]
    assert turn.speaker == "Marek Ivo"


def test_a_dry_run_stores_nothing(document: Document) -> None:
    assert Store().save(document, dry_run=True).outcome == "created"
    assert not Event.objects.exists()
    assert not Person.objects.exists()


def _press_conference() -> Document:
    return Document(
        id=70003,
        title="Press conference",
        body=(Turn(label="Chairman Olaf Brenn", paragraphs=(Paragraph("Words."),)),),
    )


def _meeting_naming_brenn() -> Document:
    return Document(
        id=70004,
        title="Meeting",
        body=(Turn(label="Olaf Brenn", paragraphs=(Paragraph("Hello."),), speaker="Brenn Olaf"),),
        persons=(Tag("Brenn Olaf"),),
    )


def test_a_name_learned_later_in_a_run_changes_nothing_on_the_second_run() -> None:
    store = Store()
    store.save(_press_conference())
    store.save(_meeting_naming_brenn())
    again = Store()
    assert again.save(_press_conference()).outcome == "unchanged"
    assert again.save(_meeting_naming_brenn()).outcome == "unchanged"
    assert Block.objects.get(label="Chairman Olaf Brenn").person is None


def test_a_name_learned_later_still_links_a_new_event() -> None:
    Store().save(_meeting_naming_brenn())
    new = dataclasses.replace(_press_conference(), id=70005)
    turn = Store().save(new).document.body[0]
    assert isinstance(turn, Turn) and (turn.speaker, turn.role) == ("Brenn Olaf", "Chairman")


def test_a_changed_page_is_read_again_with_every_name_known_now() -> None:
    store = Store()
    store.save(_press_conference())
    store.save(_meeting_naming_brenn())
    changed = dataclasses.replace(_press_conference(), lead="A new lead.")
    assert Store().save(changed).outcome == "updated"
    linked = Block.objects.get(label="Chairman Olaf Brenn")
    assert linked.person is not None and linked.person.tag_name == "Brenn Olaf"
    assert linked.role == "Chairman"


def test_a_label_linked_in_one_turn_and_not_in_a_later_one_stays_so_on_the_second_run() -> None:
    doc = Document(
        id=70006,
        title="Meeting with Patriarch Kirill",
        body=(
            Turn(label="Patriarch Kirill", paragraphs=(Paragraph("Hello."),), speaker="Kirill"),
            Turn(label="Patriarch Kirill", paragraphs=(Paragraph("Thank you."),)),
        ),
    )
    Store().save(doc)
    assert Store().save(doc).outcome == "unchanged"
    persons = list(Block.objects.order_by("position").values_list("person__tag_name", flat=True))
    assert persons == ["Kirill", None]
