"""Lead, date, time, place and gallery: told apart by shape."""

from __future__ import annotations

import datetime as dt

from pressroom.document import Narrative, Paragraph, Photo, Turn
from tests.textformat.conftest import parse_lines


def test_date_right_after_the_title_means_no_lead() -> None:
    doc = parse_lines("October 7, 2023", "16:30", "Body.")
    assert doc.lead == ""
    assert doc.date == dt.date(2023, 10, 7)


def test_line_before_the_date_is_the_lead() -> None:
    doc = parse_lines("The lead.", "October 7, 2023", "Body.")
    assert doc.lead == "The lead."
    assert doc.time is None


def test_line_before_the_time_is_the_lead_when_there_is_no_date() -> None:
    doc = parse_lines("The lead.", "09:05", "Body.")
    assert (doc.lead, doc.date, doc.time) == ("The lead.", None, dt.time(9, 5))


def test_without_date_or_time_the_first_line_is_body_not_lead() -> None:
    doc = parse_lines("Announcement text.")
    assert doc.lead == ""
    assert doc.body == (Narrative(Paragraph("Announcement text.")),)


def test_midnight_time_is_kept() -> None:
    assert parse_lines("May 3, 2001", "00:00", "Body.").time == dt.time(0, 0)


def test_place_after_time_when_it_reads_like_a_place() -> None:
    doc = parse_lines("May 3, 2024", "11:00", "Novo-Ogaryovo, Moscow Region", "Body.")
    assert doc.place == "Novo-Ogaryovo, Moscow Region"
    assert len(doc.body) == 1


def test_sentence_after_time_is_body_not_place() -> None:
    doc = parse_lines("May 3, 2024", "11:00", "The President met the ministers.")
    assert doc.place == ""
    assert len(doc.body) == 1


def test_message_reads_line_is_body_not_place() -> None:
    doc = parse_lines("May 3, 2024", "11:00", "The message reads, in part:", "“Quote.”")
    assert doc.place == ""


def test_split_label_after_time_is_not_a_place() -> None:
    doc = parse_lines("May 3, 2024", "11:00", "Vladimir Putin", ": Good afternoon.")
    assert doc.place == ""
    assert isinstance(doc.body[0], Turn)
    assert doc.body[0].layout == "split"


def test_line_before_gallery_is_the_place_even_with_a_full_stop() -> None:
    doc = parse_lines("May 3, 2024", "11:00", "Bangkok.", "1 of 2", "Caption", "Body.")
    assert doc.place == "Bangkok."
    assert doc.gallery is not None and doc.gallery.size == 2


def test_place_keeps_non_breaking_space() -> None:
    doc = parse_lines("May 3, 2024", "The\u00a0Kremlin, Moscow", "Body.")
    assert doc.place == "The\u00a0Kremlin, Moscow"


def test_gallery_caption_and_credit_are_split_at_photo() -> None:
    doc = parse_lines("May 3, 2024", "1 of 5", "At the meeting. Photo: TASS", "Body.")
    assert doc.gallery is not None
    assert doc.gallery.photos == (Photo(caption="At the meeting", credit="TASS"),)


def test_caption_without_credit() -> None:
    doc = parse_lines("May 3, 2024", "1 of 1", "At the meeting.", "Body.")
    assert doc.gallery is not None
    assert doc.gallery.photos == (Photo(caption="At the meeting."),)


def test_credit_without_caption() -> None:
    doc = parse_lines("May 3, 2024", "1 of 1", "Photo: TASS", "Body.")
    assert doc.gallery is not None
    assert doc.gallery.photos == (Photo(caption="", credit="TASS"),)


def test_empty_caption_line_is_a_gallery_without_known_photos() -> None:
    doc = parse_lines("May 3, 2024", "1 of 7", "", "Body.")
    assert doc.gallery is not None
    assert (doc.gallery.size, doc.gallery.photos) == (7, ())


def test_gallery_without_date() -> None:
    doc = parse_lines("1 of 2", "Caption", "Body.")
    assert doc.gallery is not None and doc.gallery.size == 2


def test_counter_that_does_not_start_at_one_is_body() -> None:
    doc = parse_lines("May 3, 2024", "2 of 5", "Body.")
    assert doc.gallery is None


def test_day_with_a_leading_zero_is_read() -> None:
    assert parse_lines("May 03, 2024", "Body.").date == dt.date(2024, 5, 3)


def test_place_with_an_abbreviation() -> None:
    assert parse_lines("May 3, 2024", "St. Petersburg", "Body.").place == "St. Petersburg"


def test_place_starting_with_a_number() -> None:
    doc = parse_lines("May 3, 2024", "10 Downing Street, London", "Body.")
    assert doc.place == "10 Downing Street, London"
