"""Name logic: printed labels, tag forms and Russian initials naming one person."""

from __future__ import annotations

import pytest

from pressroom.textformat.names import (
    LabelTagger,
    Match,
    derive_tag,
    full_to_tag,
    is_anonymous,
    match_tag,
    normalize,
    split_role,
    strip_notes,
    tag_to_full,
)


def test_normalize_folds_case_accents_and_yo() -> None:
    assert normalize("  Ёлкин  Пётр: ") == normalize("елкин петр")
    assert normalize("José") == "jose"


def test_tag_and_reading_forms_convert_both_ways() -> None:
    assert tag_to_full("Tokayev Kassym-Jomart") == "Kassym-Jomart Tokayev"
    assert full_to_tag("Kassym-Jomart Tokayev") == "Tokayev Kassym-Jomart"


def test_anonymous_labels() -> None:
    assert is_anonymous("Question") and is_anonymous("QUESTION:") and is_anonymous("Реплика")
    assert not is_anonymous("Vladimir Putin")


def test_match_tag_keeps_the_role_printed_before_the_name() -> None:
    tags = ["Tokayev Kassym-Jomart"]
    assert match_tag("President of Kazakhstan Kassym-Jomart Tokayev", tags) == Match(
        "Tokayev Kassym-Jomart", "President of Kazakhstan"
    )
    assert match_tag("Tokayev Kassym-Jomart", tags) == Match("Tokayev Kassym-Jomart", "")
    assert match_tag("В.Путин", ["Путин Владимир"]) == Match("Путин Владимир", "")
    assert match_tag("Question", tags) is None


@pytest.mark.parametrize(
    ("label", "role", "name"),
    [
        ("President of Russia Vladimir Putin", "President of Russia", "Vladimir Putin"),
        (
            "Governor of Marnelle Region Oleander Quist",
            "Governor of Marnelle Region",
            "Oleander Quist",
        ),
        ("Velorian President Amadeo Bruno Strunk", "Velorian President", "Amadeo Bruno Strunk"),
        ("President of the USA George W. Bush", "President of the USA", "George W. Bush"),
        ("VLADIMIR PUTIN", "", "VLADIMIR PUTIN"),
        (
            "Head of the Forum Ilse Vashti-Renn (retranslated)",
            "Head of the Forum",
            "Ilse Vashti-Renn",
        ),
        ("Question", "", ""),
        ("Contact telephone number", "", ""),
    ],
)
def test_split_role(label: str, role: str, name: str) -> None:
    assert split_role(label) == ((role, name) if name else ("", ""))


def test_strip_notes_removes_brackets_and_colon() -> None:
    assert strip_notes("Amadeo Strunk (retranslated):") == "Amadeo Strunk"


def test_derive_tag_title_cases_capitals() -> None:
    assert derive_tag("VLADIMIR PUTIN") == "Putin Vladimir"
    assert derive_tag("ILSE VASHTI-RENN") == "Vashti-Renn Ilse"
    assert derive_tag("Oleander Quist") == "Quist Oleander"


@pytest.mark.parametrize(
    "label",
    ["President of Russia Vladimir Putin", "Vladimir Putin", "VLADIMIR PUTIN", "Putin Vladimir",
     "В.Путин", "Путин Владимир", "Vladimir Putin (in English)"],
)  # fmt: skip
def test_every_form_of_the_president_resolves_to_one_person(label: str) -> None:
    found = LabelTagger().resolve(label)
    assert found is not None and found.tag == "Putin Vladimir"


def test_tagged_person_wins_over_a_derived_form() -> None:
    resolver = LabelTagger(["Vashti-Renn Ilse"])
    assert resolver.resolve("Prime Minister of Caldera Ilse Vashti-Renn") == Match(
        "Vashti-Renn Ilse", "Prime Minister of Caldera"
    )


def test_later_short_label_reuses_the_name_read_earlier() -> None:
    resolver = LabelTagger()
    first = resolver.resolve("Chairman of the Marnelle Glass Union Oleander Bartholomew Quist")
    assert first is not None and first.tag == "Quist Oleander Bartholomew"
    later = resolver.resolve("Oleander Bartholomew Quist")
    assert later is not None and later.tag == first.tag


def test_anonymous_and_nameless_labels_stay_unresolved() -> None:
    resolver = LabelTagger(["Strunk Amadeo"])
    assert resolver.resolve("Question") is None
    assert resolver.resolve("Remark (from the audience)") is None
    assert resolver.resolve("Entry from ten to eleven") is None
