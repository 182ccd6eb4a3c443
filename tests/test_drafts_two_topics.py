"""A training asked on two topics joined ("training on Instagram and TikTok") is named with both, never only the first
(round 51 en note-37)."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note, both, cut", [
    ("Hi Camille, our team of 6 at a Dublin bakery chain needs training on Instagram and TikTok. Do you run sessions in English, "
     "remotely? Roughly what would it cost? Sean Murphy", "Instagram and TikTok training", "an Instagram training"),
    ("Hallo Camille, wir sind ein Team von 5 und brauchen eine Schulung zu Instagram und TikTok. Was würde das kosten? Grüße, Jonas",
     "Schulung zu Instagram und TikTok", "Instagram-Schulung"),
    ("Hola Camille, somos un equipo de 4 y queremos una formación de TikTok e Instagram. ¿Cuánto costaría? Saludos, Ana",
     "formación de TikTok e Instagram", "formación de Instagram para"),
    ("Hoi Camille, wat kost een training Instagram en TikTok voor ons team van 5? Groet, Sanne",
     "training over Instagram en TikTok", "Instagram-training"),
])
def test_both_topics_of_a_training_named(note: str, both: str, cut: str) -> None:
    text = sample_draft(note, headline="Operations Manager", name="Sean Murphy")
    assert both in text and cut not in text
