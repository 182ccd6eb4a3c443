"""Wave 68, group E: French and English wording (the language of a note-less sender at a French-named brand, …)."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("headline", [
    "Head of Growth @ Cabaïa | ex-Blablacar",
    "Marketing Director at Façonnable",
    "Founder | Sœur – sustainable fashion",
])
def test_english_headline_at_a_french_spelt_brand_is_answered_in_french(headline: str) -> None:
    text = sample_draft("", headline=headline, name="Antoine Mercier")
    assert text.startswith("Bonjour Antoine")
    assert "Thanks" not in text and "Hello" not in text


@pytest.mark.parametrize("headline", [
    "Growth Lead at Nestlé",
    "Head of Growth @ Blablacar",
    "Product Manager at Zürich Insurance",
])
def test_english_headline_at_a_brand_anyone_spells_stays_english(headline: str) -> None:
    # "Alex", given in both languages, leaves the choice to the headline ("Antoine" is answered in French: given_names)
    text = sample_draft("", headline=headline, name="Alex Mercier")
    assert text.startswith("Hello Alex") and "Bonjour" not in text


@pytest.mark.parametrize("note, role, gone", [
    ("Hi Camille, I'm a recruiter at Michael Page looking for a Digital Marketing Manager (SEO/SEA) for a SaaS in Lyon. "
     "Would you be open to a chat, or know someone who might be?", "Digital Marketing Manager role", "As for me"),
    ("Hallo Frau Laurent, ich bin Recruiterin bei Hays und suche einen Head of Content (m/w/d) für ein Startup in Berlin. "
     "Wären Sie offen für ein Gespräch oder kennen Sie jemanden?", "Stelle als Head of Content", "Ich selbst"),
    ("Hola Camille, soy headhunter en Page Group y busco un Responsable de Marketing Digital para una startup en Madrid. "
     "¿Estarías abierta a hablar o conoces a alguien?", "puesto de Responsable de Marketing Digital", "Por mi parte"),
])
def test_recruiter_asking_her_too_gets_the_role_named_and_no_contrast_opener(note: str, role: str, gone: str) -> None:
    text = sample_draft(note, name="James Walker")
    assert role in text
    assert gone not in text
