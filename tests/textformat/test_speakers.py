"""Speakers resolved inside one document: Persons tags and earlier labels."""

from __future__ import annotations

from pressroom.document import Turn
from tests.textformat.conftest import parse_lines


def turns(*lines: str) -> list[Turn]:
    return [b for b in parse_lines(*lines).body if isinstance(b, Turn)]


def test_label_with_role_resolves_to_the_persons_tag_and_role() -> None:
    (turn,) = turns(
        "Emergencies Minister Alexander Kurenkov: Yes.", "Persons", "Kurenkov Alexander"
    )
    assert (turn.speaker, turn.role) == ("Kurenkov Alexander", "Emergencies Minister")


def test_short_label_later_keeps_person_and_role() -> None:
    _first, second = turns(
        "Emergencies Minister Alexander Kurenkov: Yes.",
        "Alexander Kurenkov: Also yes.",
        "Persons",
        "Kurenkov Alexander",
    )
    assert (second.speaker, second.role) == ("Kurenkov Alexander", "Emergencies Minister")


def test_label_naming_nobody_in_persons_stays_unresolved() -> None:
    (turn,) = turns(
        "President of Russia Vladimir Putin: Hello.", "Persons", "Tokayev Kassym-Jomart"
    )
    assert (turn.speaker, turn.role) == (None, "")


def test_anonymous_label_stays_anonymous() -> None:
    (turn,) = turns("Question: Why?", "Persons", "Tokayev Kassym-Jomart")
    assert turn.speaker is None


def test_short_label_inherits_from_the_latest_long_label_that_ends_with_it() -> None:
    dyumin, rudenya, short = turns(
        "Governor of Tula Region Alexei Dyumin: One.",
        "Governor of Tver Region Igor Rudenya: Two.",
        "Igor Rudenya: Three.",
        "Persons",
        "Dyumin Alexei",
        "Rudenya Igor",
    )
    assert dyumin.speaker == "Dyumin Alexei"
    assert rudenya.speaker == "Rudenya Igor"
    assert short.speaker == "Rudenya Igor" and short.role == "Governor of Tver Region"


def test_all_capitals_label_resolves() -> None:
    (turn,) = turns("KASSYM-JOMART TOKAYEV: Hello.", "Persons", "Tokayev Kassym-Jomart")
    assert turn.speaker == "Tokayev Kassym-Jomart"
