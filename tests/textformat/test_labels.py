"""The label rules on their own, with the real shapes they were measured on."""

from __future__ import annotations

import pytest

from pressroom.textformat.labels import plausible_shape, reads_like_name

REAL_LABELS = [
    "President of Russia Vladimir Putin",
    "Vladimir Putin",
    "VLADIMIR PUTIN",
    "President OF\u00a0RUSSIA DMITRY MEDVEDEV",
    "В.Путин",
    "V. Putin",
    "Director-General of the International Renewable Energy Agency (IRENA) Adnan Z. Amin",
    "Alexander Van der Bellen",
    "Ebtesam al-Ketbi",
    "Prime Minister of Japan Shinzo Abe (retranslated)",
    "Tatyana Remezova, reporter at\u00a0VGTRK",
    "Hero of the Russian Federation, Colonel Viktor Romanov",
    "Olympic ice hockey champion Pavel Datsuk",
    "Question from Perm Territory",
    "Editor-in-chief of\u00a0the\u00a0Kommersant newspaper Sergei Yakovlev",
]

PROSE = [
    "The message reads, in part",
    "Here is the thing",
    "I will have to repeat this once again",
    "Before the meeting, the President viewed the exhibition Urban Transport",
    "The participants concentrated on the areas between Russia and the European Union",
    "Moscow",
    "Note for television journalists",
    "So my question is as follows",
    "Mr Putin said. Then Vladimir Putin",
]


@pytest.mark.parametrize("label", REAL_LABELS)
def test_real_labels_read_like_names(label: str) -> None:
    assert plausible_shape(label)
    assert reads_like_name(label)


@pytest.mark.parametrize("label", PROSE)
def test_prose_before_a_colon_is_not_a_label(label: str) -> None:
    assert not (plausible_shape(label) and reads_like_name(label))


@pytest.mark.parametrize(
    "label",
    ["", " Vladimir Putin", "Vladimir Putin ", "Vladimir Putin!", "A: B", "x" * 201, "Who? Me"],
)
def test_impossible_shapes(label: str) -> None:
    assert not plausible_shape(label)
