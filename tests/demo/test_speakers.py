"""Speaker labels, tags and roles agree, as the name matcher reads them."""

from __future__ import annotations

from pressroom.demo.vocabulary import HEAD_OF_STATE
from pressroom.document import Document
from pressroom.textformat.names import is_anonymous, match_tag, tag_to_full


def test_named_labels_resolve_to_their_speaker_tag(archive: list[Document]) -> None:
    for doc in archive:
        tags = [t.name for t in doc.persons]
        for turn in doc.turns:
            if turn.speaker is None:
                assert is_anonymous(turn.label)
                continue
            match = match_tag(turn.label, tags)
            assert match is not None and match.tag == turn.speaker, turn.label


def test_first_mention_prints_the_title_then_the_short_name(english: list[Document]) -> None:
    for doc in english:
        seen: set[str] = set()
        for turn in doc.turns:
            if turn.speaker is None:
                continue
            full = tag_to_full(turn.speaker)
            if turn.speaker in seen:
                assert turn.label == full
            else:
                assert turn.label == f"{turn.role} {full}"
                seen.add(turn.speaker)


def test_a_person_keeps_one_role_within_an_event(archive: list[Document]) -> None:
    for doc in archive:
        roles: dict[str, set[str]] = {}
        for turn in doc.turns:
            if turn.speaker:
                roles.setdefault(turn.speaker, set()).add(turn.role)
        assert all(len(r) == 1 for r in roles.values())


def test_the_head_of_state_is_labelled_like_the_real_site(english: list[Document]) -> None:
    labels = {t.label for d in english for t in d.turns if t.speaker == HEAD_OF_STATE.tag}
    assert labels == {"President of Ruritania Ivo Marek", "Ivo Marek"}


def test_every_speaker_is_tagged_in_persons(archive: list[Document]) -> None:
    for doc in archive:
        speakers = {t.speaker for t in doc.turns if t.speaker}
        assert speakers <= {t.name for t in doc.persons}


def test_persons_are_sorted_and_in_surname_given_form(archive: list[Document]) -> None:
    for doc in archive:
        names = [t.name for t in doc.persons]
        assert names == sorted(names)
        assert all(len(name.split(" ")) == 2 for name in names)


def test_russian_labels_are_initial_and_surname(russian: list[Document]) -> None:
    labels = {t.label for d in russian for t in d.turns if t.speaker}
    assert "И.Марек" in labels
    assert all(label[1] == "." for label in labels)
