"""Person mentions in a page's paragraph: each one found, where its name stands."""

from __future__ import annotations

from lxml import html

from pressroom.ingest.kremlin_body import _paragraph_of

MENTION = (
    '<a href="http://en.kremlin.ru/catalog/persons/{id}/events" class="person_tag"> {name} </a>'
)


def _paragraph(count: int) -> str:
    mentions = " and ".join(MENTION.format(id=i, name=f"Name{i}") for i in range(count))
    return f"<p>Met with {mentions}.</p>"


def test_every_mention_of_a_long_paragraph_is_found_at_its_name() -> None:
    out = _paragraph_of(html.fromstring(_paragraph(3_000)))
    text = "".join(out.parts)
    assert len(out.mentions) == 3_000
    for i, mention in enumerate(out.mentions):
        assert text[mention.start : mention.end] == mention.name == f"Name{i}"
        assert mention.catalog_id == str(i)


def test_a_mention_of_nothing_but_spaces_is_no_mention() -> None:
    out = _paragraph_of(html.fromstring('<p>Met <a class="person_tag" href="/x">  </a> here.</p>'))
    assert out.mentions == []
