"""The archive has the variety of the real site, in about the real shares."""

from __future__ import annotations

from collections import Counter

from pressroom.document import Document, Omission, Separator


def _share(docs: list[Document], test: object) -> float:
    assert callable(test)
    return sum(1 for d in docs if test(d)) / len(docs)


def test_about_thirty_percent_are_transcripts(english: list[Document]) -> None:
    assert 0.25 <= _share(english, lambda d: bool(d.turns)) <= 0.36


def test_transcripts_are_in_the_transcripts_section(english: list[Document]) -> None:
    for doc in english:
        assert ("Transcripts" in doc.publication.sections) == bool(doc.turns)
        assert doc.publication.sections[0] == "News"


def test_about_half_have_a_lead_and_about_half_a_place(english: list[Document]) -> None:
    assert 0.45 <= _share(english, lambda d: bool(d.lead)) <= 0.55
    assert 0.4 <= _share(english, lambda d: bool(d.place)) <= 0.6


def test_many_have_galleries_of_one_to_thirty_photos(english: list[Document]) -> None:
    galleries = [d.gallery for d in english if d.gallery is not None]
    assert 0.4 <= len(galleries) / len(english) <= 0.7
    sizes = Counter(g.size for g in galleries)
    assert min(sizes) == 1 and max(sizes) <= 30 and len(sizes) > 15
    assert all(g.photos[0].caption and g.photos[0].credit for g in galleries)


def test_about_five_percent_come_in_russian_too(english: list[Document], russian: list) -> None:
    assert 0.03 <= len(russian) / len(english) <= 0.07


def test_russian_versions_use_russian_keywords(russian: list[Document]) -> None:
    for doc in russian:
        assert doc.section_word == "События"
        assert doc.publication.sections[0] == "Новости"
        assert doc.publication.direct_link == f"kremlin.ru/d/{doc.id}"


def test_transcripts_hold_five_to_sixty_paragraphs(english: list[Document]) -> None:
    sizes = [sum(len(t.paragraphs) for t in d.turns) for d in english if d.turns]
    assert min(sizes) >= 5 and max(sizes) <= 60
    assert max(sizes) >= 40


def test_every_kind_of_block_and_label_layout_occurs(english: list[Document]) -> None:
    blocks = Counter(type(b).__name__ for d in english for b in d.body)
    assert {"Narrative", "Turn", "Omission", "Separator"} <= set(blocks)
    layouts = Counter(t.layout for d in english for t in d.turns)
    assert set(layouts) == {"inline", "split", "own_line"}
    assert layouts["inline"] > layouts["split"] + layouts["own_line"]


def test_anonymous_turns_occur(english: list[Document]) -> None:
    labels = Counter(t.label for d in english for t in d.turns)
    assert labels["Question"] > 0 and labels["Remark"] > 0


def test_titles_cover_the_kinds_of_event(english: list[Document]) -> None:
    starts = {d.title.split(" ")[0] for d in english}
    expected = {"Meeting", "Telephone", "Speech", "Working", "Greetings", "Law", "Visit"}
    assert expected <= starts


def test_see_also_points_to_earlier_events(english: list[Document]) -> None:
    by_title_date = {(d.title, d.date): d.id for d in english}
    linked = [d for d in english if d.related]
    assert 0.2 <= len(linked) / len(english) <= 0.4
    for doc in linked:
        for item in doc.related[0].items:
            assert (item.title, item.date) in by_title_date
            earlier = by_title_date[(item.title, item.date)]
            assert earlier is not None and doc.id is not None and earlier < doc.id


def test_tags_are_present(english: list[Document]) -> None:
    assert all(d.topics for d in english)
    assert 0.3 <= sum(1 for d in english if d.geography) / len(english) <= 0.9
    assert sum(1 for d in english if d.persons) / len(english) >= 0.4


def test_omission_never_follows_a_separator(english: list[Document]) -> None:
    for doc in english:
        for a, b in zip(doc.body, doc.body[1:], strict=False):
            assert not (isinstance(a, Separator) and isinstance(b, Omission))
