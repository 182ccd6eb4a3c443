""""Do you take interns? If not, any tips for landing an internship?": after her no, the tips are given too (round 52 fr
note-4), and the register of the FAQ tip fits a "tu" draft (no "qui vous plaisent")."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("note, no, tip", [
    ("Salut Camille ! Étudiante en M1 marketing digital à l'IAE de Lyon, je cherche un stage de 6 mois à partir de mars. Est-ce que "
     "tu prends des stagiaires ? Sinon, tu aurais des conseils pour décrocher un stage en SEO ? Merci 🙏 Léa",
     "Je ne prends pas de stagiaires", "Welcome to the Jungle"),
    ("Hi Camille! I am a marketing student in Lyon looking for a 6-month internship from March. Do you take interns? If not, any tips "
     "for landing an SEO internship? Thanks, Lea", "not taking on interns", "Welcome to the Jungle"),
    ("Hola Camille, estudio marketing en Madrid y busco prácticas en Lyon. ¿Aceptas becarios? Si no, ¿algún consejo para encontrar "
     "prácticas en SEO? Gracias, Lucía", "no tengo plazas de prácticas", "Welcome to the Jungle"),
])
def test_tips_for_landing_an_internship_given_after_her_no(note: str, no: str, tip: str) -> None:
    text = sample_draft(note, headline="Étudiante M1 marketing digital", name="Léa Martin")
    assert no in text and tip in text
    assert "vous plaisent" not in text


def test_long_job_search_draft_drops_its_extras_never_the_draft() -> None:
    """A job seeker moving to Lyon with years of experience and a question on agencies once made a Dutch draft of 616
    characters, and no draft at all (round 56 nl): the extras (the coffee once there) go first, the answer stays."""
    note = ("Hallo Camille, ik zoek sinds kort een nieuwe baan als social media manager (6 jaar ervaring) en verhuis in de zomer "
            "naar Lyon met mijn partner. Ken je bureaus die Nederlandstaligen zoeken? Alle tips welkom! Groetjes, Iris")
    text = sample_draft(note, headline="Social Media Manager | Open to work", name="Iris Vermeulen")
    assert len(text) <= 600
    assert "bureaus in Lyon" in text
