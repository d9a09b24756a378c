from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pressroom.demo import generate_documents
from pressroom.document import Document, Gallery, Paragraph, PersonRef, Photo, Source, Turn
from pressroom.events.loading import (
    iter_documents,
    load_documents,
    load_event,
    load_events,
    load_number,
)
from pressroom.events.models import Event, EventPerson, EventPlace, EventTopic
from pressroom.events.models import Photo as PhotoRow
from pressroom.events.store import Store, save

pytestmark = pytest.mark.django_db


def test_a_saved_document_loads_back_equal(document: Document) -> None:
    save(document)
    assert load_number(70001) == document
    assert load_event(Event.objects.get(number=70001)) == document


def test_mentions_photos_and_source_times_load_back(document: Document) -> None:
    mentioned = Paragraph("Mr Lindqvist, hello.", (PersonRef("Lindqvist", 3, 12, "123"),))
    turn = document.body[2]
    assert isinstance(turn, Turn)
    doc = dataclasses.replace(
        document,
        body=(*document.body, dataclasses.replace(turn, paragraphs=(mentioned,))),
        gallery=Gallery(size=2, photos=(Photo("One", "TASS", "/a.jpg", "/a-t.jpg", True, "9"),)),
        source=Source("html", "https://x/1", "abc", dt.datetime(2024, 3, 14, 9, 30, tzinfo=dt.UTC)),
    )
    save(doc)
    assert load_number(70001) == doc


def test_a_photo_stored_as_a_file_loads_with_its_media_url(document: Document) -> None:
    save(dataclasses.replace(document, gallery=Gallery(size=1, photos=(Photo("Uploaded"),))))
    PhotoRow.objects.update(image="photos/uploaded.jpg")
    (photo,) = load_number(70001).gallery.photos  # type: ignore[union-attr]
    assert photo.image_url.endswith("photos/uploaded.jpg")


def test_many_events_load_in_the_querysets_order_across_batches() -> None:
    store = Store()
    docs = list(generate_documents(12, seed=3, russian_share=0.3))
    saved = {(s.document.id, s.document.language): s.document for s in map(store.save, docs)}
    events = Event.objects.order_by("-number", "language")
    loaded = list(iter_documents(events, batch_size=5))
    assert [(d.id, d.language) for d in loaded] == list(events.values_list("number", "language"))
    assert all(d == saved[(d.id, d.language)] for d in loaded)


def test_loading_no_events_runs_no_query(django_assert_num_queries: object) -> None:
    with django_assert_num_queries(0):  # type: ignore[operator]
        assert load_documents([]) == []


def test_a_batch_costs_the_same_few_queries_whatever_its_size(
    document: Document, django_assert_num_queries: object
) -> None:
    store = Store()
    for number in range(1, 31):
        store.save(dataclasses.replace(document, id=number))
    pks = list(Event.objects.values_list("pk", flat=True))
    with django_assert_num_queries(8):  # type: ignore[operator]
        assert len(load_documents(pks)) == 30


def test_an_unknown_number_is_not_found() -> None:
    with pytest.raises(Event.DoesNotExist):
        load_number(123456)


def test_loaded_events_carry_the_ids_of_their_rows_in_document_order(document: Document) -> None:
    save(dataclasses.replace(document, gallery=Gallery(size=1, photos=(Photo("One"),))))
    event = Event.objects.get(number=70001)
    (loaded,) = load_events([event.pk])
    assert loaded.document == load_event(event)
    ids = loaded.ids
    blocks = list(event.blocks.order_by("position"))
    assert ids.event == event.pk
    assert ids.blocks == tuple(b.pk for b in blocks)
    assert ids.speakers == tuple(b.person_id for b in blocks)
    assert ids.photos == tuple(event.photos.order_by("position").values_list("pk", flat=True))
    sections = event.eventsection_set.order_by("position").select_related("section")
    assert ids.sections == tuple((s.section_id, s.section.slug) for s in sections)
    for through, field, got in (
        (EventPerson, "person_id", ids.persons),
        (EventTopic, "topic_id", ids.topics),
        (EventPlace, "place_id", ids.places),
    ):
        rows = through.objects.filter(event=event).order_by("position")
        assert got == tuple(rows.values_list(field, flat=True))
    turns = [(n, t.label, pk, person) for n, t, pk, person in loaded.turns()]
    expected = [b for b in blocks if b.kind == "turn"]
    assert turns == [(n, b.label, b.pk, b.person_id) for n, b in enumerate(expected, start=1)]
