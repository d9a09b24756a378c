"""The demo archive is clearly invented: no real people, places or institutions."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from pressroom.demo import generate_documents
from pressroom.demo.vocabulary import COUNTRIES, HOST_COUNTRY, HOST_OFFICIALS
from pressroom.document import Document, Publication

#: Words that would make the archive read as real politics (English and Russian stems).
REAL_WORDS = (
    "putin", "medvedev", "moscow", "kremlin", "russia", "soviet", "washington",
    "ukrain", "china", "europe", "путин", "медведев", "москв", "кремл", "росси",
    "совет", "украин",
)  # fmt: skip


def _text_without_direct_link(doc: Document) -> str:
    # The direct link keeps the real site's host on purpose: it is the link format.
    plain = replace(doc, publication=replace(doc.publication, direct_link=""))
    assert isinstance(plain.publication, Publication)
    return plain.to_json().casefold()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    docs = generate_documents(1500, seed=5, russian_share=0.5, extras=True)
    return [_text_without_direct_link(doc) for doc in docs]


@pytest.mark.parametrize("word", REAL_WORDS)
def test_no_real_name_appears(texts: list[str], word: str) -> None:
    assert not [t for t in texts if word in t]


def test_the_host_country_and_its_people_are_the_invented_ones(texts: list[str]) -> None:
    joined = "\n".join(texts[:200])
    assert HOST_COUNTRY.casefold() in joined
    assert "ivo marek" in joined


def test_invented_names_are_distinct() -> None:
    tags = [o.tag for o in HOST_OFFICIALS] + [c.leader.tag for c in COUNTRIES]
    assert len(tags) == len(set(tags))


def test_russian_text_is_cyrillic(russian: list[Document]) -> None:
    for doc in russian[:50]:
        assert re.search("[а-яё]", doc.title, re.IGNORECASE)
        assert not re.search("[a-z]{3}", doc.title + doc.lead, re.IGNORECASE)
