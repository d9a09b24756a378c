"""Turns, layouts, continuation, omissions, separators and narrative."""

from __future__ import annotations

from pressroom.document import Narrative, Omission, Paragraph, Separator, Turn
from tests.textformat.conftest import parse_lines


def texts(turn: object) -> list[str]:
    assert isinstance(turn, Turn)
    return [p.text for p in turn.paragraphs]


def test_inline_label_opens_a_turn_and_following_lines_continue_it() -> None:
    (turn,) = parse_lines("Vladimir Putin: Good afternoon.", "Let us begin.").body
    assert isinstance(turn, Turn)
    assert (turn.label, turn.layout) == ("Vladimir Putin", "inline")
    assert texts(turn) == ["Good afternoon.", "Let us begin."]


def test_split_label() -> None:
    (turn,) = parse_lines("Emergencies Minister Alexander Kurenkov", ": Mr President,").body
    assert isinstance(turn, Turn)
    assert (turn.label, turn.layout) == ("Emergencies Minister Alexander Kurenkov", "split")
    assert texts(turn) == ["Mr President,"]


def test_label_alone_with_a_colon() -> None:
    (turn,) = parse_lines("President of Russia Vladimir Putin:", "Good afternoon.").body
    assert isinstance(turn, Turn)
    assert (turn.label, turn.layout) == ("President of Russia Vladimir Putin", "own_line")
    assert texts(turn) == ["Good afternoon."]


def test_message_reads_in_part_is_narrative() -> None:
    body = parse_lines("The message reads, in part:", "“Dear friends,").body
    assert body == (
        Narrative(Paragraph("The message reads, in part:")),
        Narrative(Paragraph("“Dear friends,")),
    )


def test_sentence_with_a_colon_is_narrative() -> None:
    line = "Taking part in the meeting were: the Prime Minister and the Speaker."
    assert parse_lines(line).body == (Narrative(Paragraph(line)),)


def test_omission_and_separator_close_the_turn() -> None:
    body = parse_lines(
        "Narrative.", "* * *", "Vladimir Putin: Hello.", "<…>", "Closing words."
    ).body
    assert isinstance(body[0], Narrative)
    assert body[1] == Separator()
    assert isinstance(body[2], Turn)
    assert body[3] == Omission()
    assert body[4] == Narrative(Paragraph("Closing words."))


def test_each_label_opens_a_new_turn() -> None:
    body = parse_lines("Vladimir Putin: One.", "Xi Jinping: Two.", "Vladimir Putin: Three.").body
    assert [t.label for t in body if isinstance(t, Turn)] == [
        "Vladimir Putin",
        "Xi Jinping",
        "Vladimir Putin",
    ]


def test_all_capitals_label() -> None:
    (turn,) = parse_lines("VLADIMIR PUTIN: Good afternoon.").body
    assert isinstance(turn, Turn) and turn.label == "VLADIMIR PUTIN"


def test_anonymous_labels() -> None:
    body = parse_lines(
        "Question: Will you run?", "Vladimir Putin: We shall see.", "Remark: Yes!"
    ).body
    assert [t.label for t in body if isinstance(t, Turn)] == [
        "Question",
        "Vladimir Putin",
        "Remark",
    ]
    assert all(t.speaker is None for t in body if isinstance(t, Turn))


def test_retranslated_note_stays_in_the_label() -> None:
    (turn,) = parse_lines("President of Italy Sergio Mattarella (retranslated): Thank you.").body
    assert isinstance(turn, Turn)
    assert turn.label == "President of Italy Sergio Mattarella (retranslated)"


def test_single_unknown_word_before_colon_is_narrative() -> None:
    assert isinstance(parse_lines("Moscow: a city of twelve million.").body[0], Narrative)


def test_single_word_label_recurring_after_a_longer_one_is_a_turn() -> None:
    body = parse_lines("Patriarch Kirill: Blessings.", "Kirill: Thank you.").body
    assert [t.label for t in body if isinstance(t, Turn)] == ["Patriarch Kirill", "Kirill"]


def test_label_naming_a_persons_tag_is_a_turn_even_when_short() -> None:
    text = parse_lines("Medvedev: Good.", "Persons", "Medvedev")
    assert isinstance(text.body[0], Turn)


def test_narrative_before_the_first_turn_stays_narrative() -> None:
    body = parse_lines("Taking part were the ministers.", "Vladimir Putin: Colleagues,").body
    assert isinstance(body[0], Narrative) and isinstance(body[1], Turn)


def test_blank_body_line_is_kept_as_an_empty_paragraph() -> None:
    (turn,) = parse_lines("Vladimir Putin: One.", "", "Two.").body
    assert texts(turn) == ["One.", "", "Two."]


def test_text_after_the_label_keeps_its_spaces() -> None:
    (turn,) = parse_lines("Vladimir Putin:  Two spaces.").body
    assert texts(turn) == [" Two spaces."]


def test_own_line_label_needs_a_paragraph_after_it() -> None:
    body = parse_lines("Vladimir Putin:", "<…>").body
    assert body == (Narrative(Paragraph("Vladimir Putin:")), Omission())
