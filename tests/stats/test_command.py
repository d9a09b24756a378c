"""``pressroom stats`` prints the overview in the terminal."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_prints_the_overview(archive: dict[str, int]) -> None:
    out = io.StringIO()
    call_command("stats", width=120, stdout=out)
    text = out.getvalue()
    for expected in (
        "Events per year",
        "2019",
        "Busiest days",
        "2020-07-01",
        "Economy",
        "Anna Lindqvist",
    ):
        assert expected in text
    assert "Ruiz" not in text


def test_refuses_an_unknown_language(db: None) -> None:
    with pytest.raises(CommandError, match="language"):
        call_command("stats", language="xx", stdout=io.StringIO())
