"""Behaviour of the en.kremlin.ru page reader, on the fixture pages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from pressroom.document import Document, Narrative, Omission, Separator, Turn
from pressroom.ingest import kremlin
from pressroom.ingest.kremlin import PageError, is_agency, parse_page, split_credit
from tests.ingest.kremlin_fixtures import FIXTURES, good_pages


def parse(name: str) -> Document:
    path = FIXTURES / f"{name}.html"
    return parse_page(path.read_bytes(), path.name)


def paragraphs(doc: Document) -> list[str]:
    out: list[str] = []
    for block in doc.body:
        if isinstance(block, Narrative):
            out.append(block.paragraph.text)
        elif isinstance(block, Turn):
            out.extend(p.text for p in block.paragraphs)
    return out


def test_event_id_comes_from_the_article() -> None:
    assert parse("monologue-1").id == 70200


def test_head_fields_are_read() -> None:
    doc = parse("transcript-2-speakers-1")
    assert doc.title == "Meeting with the Veloria delegation, round 1"
    assert doc.place == "Glass Hall, Tamsk"
    assert str(doc.date) == "2031-03-14" and str(doc.time) == "15:40:00"


def test_announcement_without_date_has_none() -> None:
    doc = parse("announcement-no-date-1")
    assert doc.date is None and doc.time is None
    assert doc.publication.date is not None


def test_bold_label_inside_and_outside_make_the_same_turn() -> None:
    inside, outside = parse("label-colon-inside").turns[0], parse("label-colon-outside").turns[0]
    assert (inside.label, inside.speaker) == (outside.label, outside.speaker)
    assert inside.label == "Petra Holloway" and inside.speaker == "Holloway Petra"


def test_full_title_label_keeps_the_role() -> None:
    turn = parse("transcript-3-speakers-2").turns[0]
    assert turn.role == "President of Veloria" and turn.speaker == "Strunk Amadeo"


def test_all_caps_labels_resolve_to_the_tag_form() -> None:
    turns = parse("caps-labels-2001").turns
    assert [t.speaker for t in turns] == [
        "Putin Vladimir",
        "Quist Oleander",
        "Putin Vladimir",
        None,
    ]


def test_untagged_speaker_gets_a_derived_tag_form() -> None:
    turns = parse("label-untagged-guest").turns
    assert turns[0].speaker == turns[1].speaker == "Ostrova Ferdinand"
    assert turns[0].role == "Head of the Tamsk glassworks"


def test_anonymous_labels_have_no_speaker() -> None:
    turns = parse("label-anonymous").turns
    assert [t.speaker for t in turns] == [None, "Putin Vladimir", None]


def test_russian_initials_label_resolves_to_the_known_person() -> None:
    assert parse("russian-page").turns[0].speaker == "Putin Vladimir"


def test_continuation_paragraphs_join_the_open_turn() -> None:
    turn = parse("monologue-3").turns[0]
    assert len(turn.paragraphs) == 5


def test_split_and_own_line_labels_keep_their_layout() -> None:
    assert parse("label-split-paragraph").turns[0].layout == "split"
    assert parse("label-own-line").turns[0].layout == "own_line"


def test_bracketed_note_stays_in_the_label() -> None:
    turn = parse("label-with-note").turns[0]
    assert turn.label == "Amadeo Strunk (retranslated)" and turn.speaker == "Strunk Amadeo"


def test_omission_and_separator_become_blocks() -> None:
    assert any(isinstance(b, Omission) for b in parse("omission-2").body)
    assert any(isinstance(b, Separator) for b in parse("transcript-2-speakers-1").body)


def test_headings_and_prose_with_colons_stay_narrative() -> None:
    for name in ("document-1", "greeting-1", "narrative-with-colons"):
        assert parse(name).turns == (), name


def test_tooltip_text_is_removed_and_mentions_point_into_the_text() -> None:
    doc = parse("tooltips-2")
    block = doc.body[0]
    assert isinstance(block, Narrative)
    para = block.paragraph
    assert "President of Veloria" not in para.text and "Background information" not in para.text
    assert [(m.name, m.catalog_id) for m in para.mentions] == [
        ("Amadeo Strunk", "4101"),
        ("Mrs Holloway", "4102"),
    ]
    for m in para.mentions:
        assert para.text[m.start : m.end] == m.name


def test_linked_label_resolves_through_the_catalog_id() -> None:
    turn = parse("tooltips-2").turns[0]
    assert turn.label == "President of Veloria Amadeo Strunk" and turn.speaker == "Strunk Amadeo"


def test_see_also_and_additional_leave_the_body() -> None:
    doc = parse("additional-3")
    assert [r.kind for r in doc.related] == ["see_also", "additional"]
    assert all("Earlier meeting" not in p for p in paragraphs(doc))
    item = doc.related[1].items[0]
    assert item.event_id == 70912 and item.url.endswith("/news/70912") and item.date is None


def test_related_date_range_keeps_its_first_day() -> None:
    item = parse("see-also-2").related[0].items[1]
    assert str(item.date) == "2031-03-13"


def test_gallery_has_every_photo_with_ids_and_urls() -> None:
    gallery = parse("transcript-2-speakers-4").gallery
    assert gallery is not None and gallery.size == len(gallery.photos) == 4
    assert all(p.source_id and p.image_url and p.thumbnail_url for p in gallery.photos)


def test_agency_credits_are_flagged_and_own_photographers_are_not() -> None:
    agency = parse("gallery-agency-1").gallery
    own = parse("gallery-own-photographer-1").gallery
    assert agency is not None and own is not None
    assert [p.agency for p in agency.photos] == [True, True, False]
    assert [p.agency for p in own.photos] == [False]


def test_caption_and_credit_split_like_the_text_version() -> None:
    assert split_credit("With the guests. Photo: Marta Oksbøl") == (
        "With the guests",
        "Marta Oksbøl",
    )
    assert split_credit("Photo: TASS") == ("", "TASS")
    assert split_credit("A caption without credit.") == ("A caption without credit.", "")


@pytest.mark.parametrize(
    ("credit", "agency"),
    [("ITAR-TASS", True), ("Mikhail Egorov, TASS", True), ("RIA Novosti", True),
     ("Sputnik", True), ("Reuters", True), ("AFP", True), ("AP", True),
     ("Marta Oksbøl", False), ("the Press Service of Veloria", False), ("Apollo Tass", False)],
)  # fmt: skip
def test_agency_credit(credit: str, agency: bool) -> None:
    assert is_agency(credit) is agency


def test_single_picture_is_a_gallery_of_one_and_its_caption_not_a_paragraph() -> None:
    doc = parse("gallery-single-photo-2")
    assert doc.gallery is not None and doc.gallery.size == 1
    assert doc.gallery.photos[0].credit == "TASS" and doc.gallery.photos[0].agency
    assert all("Photo:" not in p for p in paragraphs(doc))


def test_tags_carry_catalog_ids_and_place_kinds() -> None:
    doc = parse("caps-labels-2000")
    assert [(g.name, g.catalog_id, g.place_kind) for g in doc.geography] == [
        ("Marnelle Region", "MRN", "region")
    ]
    doc = parse("transcript-2-speakers-1")
    assert [(g.catalog_id, g.place_kind) for g in doc.geography] == [("VL", "country")]
    assert [(t.name, t.catalog_id) for t in doc.topics] == [("Foreign policy", "501")]
    assert ("Strunk Amadeo", "4101") in [(p.name, p.catalog_id) for p in doc.persons]


def test_publication_status_is_read() -> None:
    pub = parse("transcript-2-speakers-1").publication
    assert pub.sections == ("News", "Transcripts")
    assert pub.direct_link == "en.kremlin.ru/d/70100"
    assert parse("no-direct-link").publication.direct_link == ""


def test_source_records_url_hash_update_and_russian_link() -> None:
    path = FIXTURES / "phone-call-1.html"
    source = parse("phone-call-1").source
    assert source.format == "kremlin-html"
    assert source.url == "http://en.kremlin.ru/events/president/news/70300"
    assert len(source.content_hash) == 64
    assert source.content_hash == __import__("hashlib").sha256(path.read_bytes()).hexdigest()
    assert str(source.last_modified) == "2031-03-14 18:05:00+03:00"
    assert source.translation_url == "http://kremlin.ru/events/president/news/70300"
    assert parse("no-russian-link").source.translation_url == ""


def test_print_variant_reads_like_the_page() -> None:
    doc = parse("print-variant-1")
    assert doc.id == 71500 and len(doc.turns) == 2
    assert doc.source.url.endswith("/news/71500")


def test_russian_page_is_russian() -> None:
    doc = parse("russian-page")
    assert doc.language == "ru" and doc.section_word == "События"
    assert str(doc.date) == "2031-03-14" and doc.publication.sections == ("Новости",)


def test_whitespace_collapses_but_non_breaking_spaces_stay() -> None:
    doc = parse("whitespace-and-nbsp")
    assert doc.title == "Meeting on\u00a0the\u00a0ferry timetable"
    assert doc.lead == "Runs of spaces collapse;\u00a0non-breaking spaces stay."
    assert paragraphs(doc) == ["First line\u00a0of text, second line."]


@pytest.mark.parametrize("page", good_pages(), ids=lambda p: p.stem)
def test_paragraphs_hold_no_line_breaks_or_edge_spaces(page: Path) -> None:
    doc = parse_page(page.read_bytes())
    for text in [doc.title, doc.lead, doc.place, *paragraphs(doc)]:
        assert "\n" not in text and text == text.strip(" ")


def test_not_an_event_page_is_rejected() -> None:
    with pytest.raises(PageError, match="not an event page"):
        parse_page(b"<!doctype html><html><body><p>Hello</p></body></html>")


def test_empty_and_binary_input_is_rejected() -> None:
    for data in (b"", b"\x89PNG\r\n\x1a\n\x00\x00", "<html>".encode("utf-16")):
        with pytest.raises(PageError):
            parse_page(data)


def test_sniff_knows_pages_of_the_site_only() -> None:
    page = (FIXTURES / "monologue-1.html").read_bytes()
    assert kremlin.sniff(page[:4096], "x")
    assert kremlin.sniff((FIXTURES / "print-variant-1.html").read_bytes()[:4096], "x")
    assert not kremlin.sniff(b"<!doctype html><html><head><title>Other site</title>", "x")
    assert not kremlin.sniff(b"Events\nA title\n", "x")


def test_reader_yields_rejected_items_instead_of_raising() -> None:
    data = (FIXTURES / "truncated-in-body.html").read_bytes()
    items = list(kremlin.read(io.BytesIO(data), "cut.html"))
    assert len(items) == 1 and not items[0].ok
    assert items[0].problem is not None and "truncated" in items[0].problem.message


def test_reader_yields_the_document() -> None:
    data = (FIXTURES / "monologue-2.html").read_bytes()
    (item,) = kremlin.read(io.BytesIO(data), "monologue-2.html")
    assert item.ok and item.document is not None and item.document.id == 70201
