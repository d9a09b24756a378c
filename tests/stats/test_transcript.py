"""Speaking share of one transcript, and the template tag the event page uses."""

from __future__ import annotations

import pytest
from django.template import Context, Template

from pressroom.events.models import Event
from pressroom.stats.queries.transcript import speaking_share, speaking_share_for

pytestmark = pytest.mark.django_db


def test_words_in_one_transcript(archive: dict[str, int]) -> None:
    event = Event.objects.get(number=101)
    rows = speaking_share(event.pk).rows
    assert [(name, words, turns) for _, name, words, turns, _ in rows] == [
        ("Anna Lindqvist", 5, 1),
        ("Oskar Berg", 3, 1),
        ("Question", 2, 1),
    ]
    assert sum(words for _, _, words, _, _ in rows) == sum(
        b.word_count for b in event.blocks.filter(kind="turn")
    )
    assert [share for *_, share in rows] == [0.5, 0.3, 0.2]


def test_hidden_events_have_no_share(archive: dict[str, int]) -> None:
    assert speaking_share_for(Event.objects.get(number=105)) is None


def render(event: Event) -> str:
    return Template("{% load stats_charts %}{% speaking_share event %}").render(
        Context({"event": event})
    )


def test_tag_draws_one_bar_per_speaker(archive: dict[str, int]) -> None:
    html = render(Event.objects.get(number=101))
    assert html.count('class="bar"') == 3
    assert "<desc" in html and "Anna Lindqvist" in html
    assert "/api/v1/stats/events/101/speaking-share.csv" in html


def test_tag_renders_nothing_for_a_draft_or_no_turns(archive: dict[str, int]) -> None:
    assert render(Event.objects.get(number=105)).strip() == ""
    assert render(Event.objects.get(number=103)).strip() == ""
