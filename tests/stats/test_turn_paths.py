"""A person's latest turns: walking events newest first and sorting the turns agree."""

from __future__ import annotations

import pytest

from pressroom.stats.queries import person

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["Lindqvist Anna", "Berg Oskar", "Ruiz Carlos"])
def test_both_ways_to_the_latest_turns_agree(
    name: str, archive: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    pk = archive[name]
    sorted_turns = person.recent_turns.uncached(pk, "en")  # type: ignore[attr-defined]
    monkeypatch.setattr(person, "MANY_TURNS", 1)
    walked = person.recent_turns.uncached(pk, "en")  # type: ignore[attr-defined]
    assert walked == sorted_turns


def test_walking_events_leaves_out_hidden_ones(
    archive: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(person, "MANY_TURNS", 1)
    assert person.recent_turns.uncached(archive["Ruiz Carlos"], "en").rows == ()  # type: ignore[attr-defined]
    rows = person.recent_turns.uncached(archive["Lindqvist Anna"], "en").rows  # type: ignore[attr-defined]
    assert [row[0] for row in rows] == [104, 102, 101]
