"""Wave 157 H: advice that misread the sender's situation. One or two years told in the trade ("après 2 ans en agence")
make an experienced job seeker (the job-search answer, never a graduate's agency-or-in-house comparison); the skills
answer no longer teaches "the basics of SEO" (reading one's numbers and explaining them to a client instead); a CPC or
CPM called too high gets the usual reasons for high costs first, never a bare "there is no normal value"."""
from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts import career


@pytest.mark.parametrize("note, headline", [
    ("Bonjour,\nJe suis à la recherche d'un poste de chargé de marketing digital après 2 ans en agence. Auriez vous des "
     "conseils ou des pistes dans votre réseau ?\nMerci d'avance\nKevin", "Chargé de marketing digital | SEA - SEO"),
    ("Bonjour Camille, après deux ans en agence SEO je cherche un poste chez l'annonceur à Lyon. Des conseils ?", ""),
    ("Hi Camille, I am looking for a digital marketing role after 2 years at an agency. Any advice or leads in your network?", ""),
])
def test_two_years_in_agency_is_no_graduate(note: str, headline: str) -> None:
    text = sample_draft(note, headline=headline, name="Kevin Lambert")
    for junior in ("Les deux forment bien", "Both teach well", "juniors"):
        assert junior not in text, text
    assert "CV" in text, text


def test_years_in_trade_stage() -> None:
    assert career.stage("Je cherche un poste après 2 ans en agence. Des conseils ?") == "experienced"
    assert career.stage("Looking for a new role after one year in SEO, any tips?") == "experienced"
    assert career.stage("I'm a student with 2 years of experience in retail, looking for an internship") != "experienced"


def test_graduate_applying_at_agencies_keeps_both_sides() -> None:
    text = sample_draft("Hi Camille, I just graduated from my master's and I'm applying at agencies. Should I pick an agency "
                        "or in-house? Any tips to stand out?", name="Sam Lee")
    assert "Both teach well" in text or "agency" in text, text


@pytest.mark.parametrize("note, gone, want", [
    ("Hello, I'm a junior SEO specialist (1 yr experience). What skills would you recommend I focus on to move into a "
     "consultant role? Any advice appreciated!", ("basics of SEO", "reading the figures"), "client"),
    ("Hi Camille, I've been a junior SEA specialist for a year. Which skills should I build to become a consultant?",
     ("basics of SEO", "reading the figures"), "client"),
    ("Bonjour Camille, je débute dans le marketing digital : quelles compétences développer en premier ?",
     ("bases du SEO", "savoir lire les chiffres"), "client"),
])
def test_skills_answer_no_seo_basics(note: str, gone: tuple[str, ...], want: str) -> None:
    text = sample_draft(note, name="Lucas Nguyen")
    for words in gone:
        assert words not in text, text
    assert want in text, text


@pytest.mark.parametrize("note, want, gone", [
    ("hi camille, bin gründer von einem kleinen onlineshop für kaffee (röstkaffee, 3 leute). unsere insta ads laufen echt "
     "schlecht, cpc viel zu hoch. hast du nen tipp woran das liegen könnte?? danke dir! ben",
     "Gründe für hohe Kosten", "Einen Normalwert gibt es nicht: Er"),
    ("Hoi Camille, de CPC van mijn Instagram-advertenties voor mijn bloemenwinkel is veel te hoog. Hoe kan dat?",
     "oorzaken van hoge kosten", "Een 'normaal' bedrag bestaat niet: dat hangt af van sector, doelgroep en seizoen"),
    ("Bonjour Camille, le CPC de mes pubs Instagram est beaucoup trop élevé pour ma boutique de thé, une idée du pourquoi ?",
     "Ce qui fait grimper le coût", "Pas de chiffre « normal » : ça dépend du secteur, de l'audience et de la saison"),
])
def test_high_cpc_gets_the_reasons_first(note: str, want: str, gone: str) -> None:
    text = sample_draft(note, name="Ben Richter")
    assert want in text and gone not in text, text


def test_cpc_normal_question_keeps_sector_and_cost_per_sale() -> None:
    text = sample_draft("Hi Camille, my first Meta campaign has a CPC of $1.80 - is that normal?", headline="Founder, Candle Co",
                        name="Ana Ruiz")
    assert "sector" in text and "cost per sale" in text, text
