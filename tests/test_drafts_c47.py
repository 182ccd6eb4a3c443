"""Wave 47, group C: job seekers, students and recruiters."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, name, tip", [
    ("Goedendag, ik ben net afgestudeerd in communicatie en zoek een eerste baan in online marketing. Mijn Frans is goed en ik wil "
     "in Lyon gaan wonen. Weet u misschien bedrijven die mensen zoeken? Vriendelijke groet, Ruben Jansen", "Ruben Jansen", "Welcome to the Jungle"),
    ("Guten Tag, ich habe gerade meinen Master in Mannheim abgeschlossen und suche eine erste Stelle im Online-Marketing. Ich spreche "
     "Französisch und möchte nach Lyon ziehen. Kennen Sie Unternehmen, die gerade jemanden suchen? Viele Grüße, Lukas Braun", "Lukas Braun", "Welcome to the Jungle"),
])
def test_graduate_moving_to_lyon_gets_where_to_look(note: str, name: str, tip: str) -> None:
    text = sample_draft(note, name=name)
    assert tip in text
    assert "kijk op uw vraag" not in text and "Einschätzung zu Ihrer Frage" not in text
    assert "hoort u het graag" not in text


def test_dutch_lead_promise_reads_naturally() -> None:
    text = sample_draft("Goedemiddag, na mijn studie in Nijmegen ben ik op zoek naar een eerste baan als contentmarketeer. "
                        "Weet u misschien bureaus in Utrecht die iemand zoeken? Met vriendelijke groet, Sanne Bakker", name="Sanne Bakker")
    assert "hoort u het graag" not in text and "hoor je het graag" not in text


def test_dutch_internship_cv_question_answered_with_no_interns() -> None:
    text = sample_draft("Beste mevrouw Laurent, ik studeer Media aan de Hogeschool Utrecht en zoek een stageplek van maart tot juli "
                        "in online marketing, graag in Frankrijk. Mag ik u mijn cv sturen? Met vriendelijke groet, Eva de Boer", name="Eva de Boer")
    assert "stagiairs" in text
    assert "kijk op uw vraag" not in text


def test_french_recruiter_asking_for_someone_is_answered() -> None:
    text = sample_draft("Bonjour, je recherche un responsable paie pour un groupe à Annecy, seriez-vous intéressée ou connaitriez-vous qqn ? Merci",
                        headline="Chargé de recrutement – RH & Paie", name="Julien Garnier")
    assert "dans mon réseau" in text


@pytest.mark.parametrize("title", ["Consultant(e)", "Chargé·e"])
def test_inclusive_job_title_not_copied(title: str) -> None:
    text = sample_draft(f"Bonjour Camille, je recrute un(e) {title} SEO confirmé(e) en CDI pour une agence à Lyon. Seriez-vous ouverte à en discuter ? Cordialement, Léa",
                        headline="Talent Acquisition – Recrutement digital", name="Léa Roux")
    assert title not in text


def test_english_layoff_opening_without_french_colon() -> None:
    text = sample_draft("Hi Camille, I lost my job as a social media coordinator last month and I'm looking for a marketing role in Lyon. "
                        "Any advice or contacts would be great. Thanks!", headline="Open to work | Marketing", name="Emma Jones")
    assert "layoff: that" not in text


@pytest.mark.parametrize("note, headline, name, agreed", [
    ("Guten Tag Frau Laurent, ich bin Personalberaterin und suche für unseren Kunden (Onlinehändler, Hamburg) eine freiberufliche "
     "SEO-Beraterin. Hätten Sie Interesse an einem kurzen Telefonat?", "Personalberaterin | Digital", "Anna Vogel", "kurzes Gespräch"),
    ("Hoi Camille, ik ben recruiter bij een bureau in Utrecht en zoek een freelance SEO-specialist voor een webwinkel (3 dagen per week). "
     "Sta je open voor een kort gesprek?", "Recruiter digitale marketing", "Joris Peeters", "Een kort belletje is ook prima"),
    ("Hi Camille, I recruit for a fashion brand in Paris looking for a freelance SEO lead, 2 days a week. Would you be up for a quick call?",
     "Recruiter | Digital", "Ben Carter", "short call"),
])
def test_recruiter_short_call_agreed(note: str, headline: str, name: str, agreed: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert agreed in text, text
