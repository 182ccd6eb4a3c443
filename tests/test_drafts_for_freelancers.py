"""A service sold to freelancers is a pitch, never a freelance mission offered to her (round 47 de note-19: a tax adviser
for "Freiberufler" was told "die Stelle passt nicht zu mir")."""

from __future__ import annotations

import pytest

from drafting import sample_draft

PITCHES = [
    ("Guten Tag Frau Laurent, wir bieten Buchhaltung für Freiberufler mit Sitz in Deutschland an. Gerne stelle ich Ihnen "
     "unsere Leistungen kurz vor. Beste Grüße, Sabine Roth", "Steuerberaterin, Roth Partner"),
    ("Hi Camille, we built an invoicing app for freelancers working across the EU. Happy to give you a quick demo this "
     "week? Cheers, Owen", "Founder, Billfold"),
    ("Goedendag, wij bieden een arbeidsongeschiktheidsverzekering voor zzp'ers. Mag ik u ons aanbod kort toelichten? "
     "Groet, Sanne Smit", "Adviseur, Zeker Verzekerd"),
]
JOB_WORDS = ("Stelle", "role", "rol ", "functie", "Position", "Projekt wie dieses", "project like this", "opdracht als deze")


@pytest.mark.parametrize("note, headline", PITCHES)
def test_a_service_for_freelancers_is_no_mission_for_her(note: str, headline: str) -> None:
    text = sample_draft(note, headline=headline)
    assert not any(w in text for w in JOB_WORDS), text


def test_freelancers_sought_is_still_a_mission() -> None:
    text = sample_draft("Hallo Camille, unsere Agentur sucht Freiberufler für Content-Strategie ab April, 3 Tage pro Woche. "
                        "Wäre das etwas für dich? Grüße, Nina", headline="Head of Content, Agentur Süd")
    assert "Projekt" in text or "interessier" in text, text
