"""A vendor asking her to beta test its product (round 100 fr note-20, en note-42): a favour asked, declined for lack of
time, never "thanks for presenting your offer, it's not a need"."""

from __future__ import annotations

import pytest

from drafting import sample_draft

BETA = [
    ("Bonjour Camille, nous sommes une startup qui développe un outil d'IA de rédaction SEO. On cherche des consultantes pour "
     "tester la beta gratuitement et nous faire un retour. Partante ? 🚀", "Co-fondatrice @ Scribia", "tester votre outil",
     ("présentation de votre offre", "pas un besoin")),
    ("Hi Camille, we're building an AI tool for SEO content briefs and looking for experienced consultants to beta test it for "
     "free and give feedback. Interested? 🚀 Noah, co-founder @ Briefly", "Co-founder @ Briefly", "for the beta",
     ("not something I need", "not a priority")),
]


@pytest.mark.parametrize(("note", "headline", "words", "gone"), BETA)
def test_a_beta_test_asked_is_declined_as_a_favour(note: str, headline: str, words: str, gone: tuple[str, ...]) -> None:
    text = sample_draft(note, headline=headline, name="Noah Patel")
    assert words in text, text
    assert not any(g in text for g in gone), text


def test_a_plain_pitch_keeps_the_plain_decline() -> None:
    text = sample_draft("Bonjour Camille, notre agence propose des backlinks de qualité à prix réduit. Intéressée ?",
                        headline="Account manager @ LinkBoost", name="Paul Martin")
    assert "tester" not in text, text
