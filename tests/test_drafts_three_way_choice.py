"""A choice among three channels ("Instagram, SEO oder Google Ads?") is never answered with an either/or answer that
weighs only two of them ("Beides, aber nicht für dasselbe …")."""

from __future__ import annotations

import pytest
from drafting import sample_draft

CASES = [
    ("Hallo Camille,\nich gründe gerade einen kleinen Onlineshop für Babykleidung und hab null Ahnung von Marketing. "
     "Womit sollte ich anfangen: Instagram, SEO oder Google Ads?\nLiebe Grüße\nSophie", "Beides", "was nichts kostet"),
    ("Hoi Camille,\nik start net een kleine webshop met duurzame babykleding. Waar moet ik beginnen: Instagram, SEO of "
     "Google Ads?\nLiefs,\nJulia", "Allebei", "wat niets kost"),
    ("Bonjour Camille, je lance une petite boutique en ligne de bijoux. Par où commencer : Instagram, SEO ou Google Ads ?",
     "Les deux", "ce qui ne coûte rien"),
    ("Hi Camille, I'm opening a small online shop for candles. Where should I start: Instagram, SEO or Google Ads?",
     "Both, but", "what costs nothing"),
]


@pytest.mark.parametrize(("note", "bad", "good"), CASES)
def test_three_way_choice_gets_the_start_answer(note: str, bad: str, good: str) -> None:
    text = sample_draft(note, name="Ana Ruiz")
    assert bad not in text
    assert good in text


def test_two_way_choice_keeps_the_either_or_answer() -> None:
    text = sample_draft("Hallo Camille, ich habe einen kleinen Onlineshop. Womit sollte ich anfangen: SEO oder Google Ads?",
                        name="Ana Ruiz")
    assert "Beides" in text and "Google Ads" in text
