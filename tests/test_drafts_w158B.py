"""Wave 158, group B: business people and peers misread as job seekers.

* A referred founder or startup asking for help with the go-to-market in France is a client lead, never given job boards
  and CV advice (the France job tip's entry now steps aside for "startup" and "go-to-market").
* A founder asking how to launch her brand on Instagram gets the Instagram answer, never the job seeker's France tip.
* Someone who moves to Lyon for the job they already have and asks for a coffee gets the coffee, never "send me your CV"
  nor "good luck with the search".
* A junior asking how she built her freelance business and for tips on going freelance gets her own start (first
  clients, her tip), never a learner's first SEO steps.
"""

from __future__ import annotations

import pytest

from drafting import sample_draft

_JOB_WORDS = ("Welcome to the Jungle", "Lebenslauf", " cv", " CV", "currículo", "curriculum")


@pytest.mark.parametrize("note,headline", [
    ("Servus Camille, Markus Vogel meinte, ich soll mich bei dir melden – wir starten ein Bio-Startup und brauchen jemanden "
     "für die Go-to-Market Strategie in Frankreich. Passt das zu dir?", "Co-Founder @ Alpengrün"),
    ("Hoi Camille, Thomas van Dijk zei dat ik je moest benaderen: we lanceren een duurzame snackstartup en zoeken hulp bij "
     "de go-to-market in Frankrijk. Is dat iets voor jou?", "Co-founder @ Knabbel"),
    ("Hallo Camille, Julia Weber hat mir deinen Namen gegeben – wir gründen gerade ein Startup für nachhaltige Kosmetik und "
     "suchen Unterstützung beim Go-to-Market in Frankreich. Wäre das was für dich?", "Gründerin @ Blattwerk"),
    ("Hi Camille, Paul Smith suggested I contact you: we're a young startup making plant-based drinks and need someone for "
     "our go-to-market in France. Would that be something for you?", "Co-founder @ Sprout"),
])
def test_startup_go_to_market_is_a_client_lead_not_a_job_search(note: str, headline: str) -> None:
    text = sample_draft(note, headline=headline, name="Max Bauer")
    assert not any(w in text for w in _JOB_WORDS), text
    assert "Succes met zoeken" not in text and "Viel Erfolg bei" not in text


@pytest.mark.parametrize("note,words", [
    ("Hola Camille, soy mexicana y estoy montando mi startup de cafe de especialidad en Lyon. Me vendría genial un consejo "
     "sobre cómo lanzar la marca en Instagram ☕", ("Instagram", "reels")),
    ("Ciao Camille, sto aprendo la mia startup di gelato artigianale a Lione. Mi daresti un consiglio su come lanciare il "
     "marchio su Instagram?", ("Instagram", "reel")),
    ("Olá Camille, estou a abrir a minha startup de pastelaria em Lyon. Tem alguma dica para lançar a marca no Instagram?",
     ("Instagram", "reels")),
])
def test_founder_launching_a_brand_on_instagram_gets_the_instagram_answer(note: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Fundadora", name="Valeria Reyes")
    assert all(w in text for w in words), text
    assert not any(w in text for w in _JOB_WORDS), text


def test_job_seeker_in_lyon_keeps_the_france_job_tip() -> None:
    text = sample_draft("Hallo Camille, ich suche eine Stelle im Online-Marketing in Lyon. Hast du einen Tipp für den "
                        "französischen Markt?")
    assert "Welcome to the Jungle" in text


@pytest.mark.parametrize("note,coffee", [
    ("Hey Camille, ik zag dat je ook in Lyon zit! Ik verhuis daar in september naartoe voor werk en ken nog niemand in de "
     "marketingwereld daar. Wil je een keer koffie drinken? 😊 Groetjes, Emma", "koffie"),
    ("Hi Camille, I saw you're based in Lyon too! I'm moving there in October for my job and don't know anyone in marketing "
     "there yet. Fancy a coffee sometime?", "coffee"),
])
def test_newcomer_moving_for_work_gets_the_coffee_not_the_cv(note: str, coffee: str) -> None:
    text = sample_draft(note, headline="Content Strategist | Verhuist naar Lyon", name="Emma Wouters")
    assert coffee in text.lower(), text
    assert " cv" not in text.lower() and "zoeken" not in text and "search" not in text, text


def test_job_seeker_moving_to_lyon_keeps_the_cv_offer() -> None:
    text = sample_draft("Hi Camille, I'm moving to Lyon in September and looking for a job in digital marketing. Could we "
                        "have a coffee?")
    assert "CV" in text and "coffee" in text


@pytest.mark.parametrize("note,first_clients", [
    ("Hi, ich bin Junior SEO bei einer Agentur in Hamburg und frage mich, wie du dir deine Selbständigkeit aufgebaut hast. "
     "Hättest du Tipps für den Einstieg als Freelancer?", "ersten Kunden"),
    ("Bonjour Camille, je suis chargée SEO junior dans une agence à Nantes et je me demande comment tu as construit ton "
     "activité en freelance. Des conseils pour se lancer ?", "premiers clients"),
    ("Hi Camille, I'm a junior content marketer at an agency in Leeds. I'm curious how you built your freelance business - "
     "any tips for going freelance?", "first clients"),
    ("Hoi Camille, ik werk als junior SEO bij een bureau in Utrecht en vraag me af hoe je je eigen zaak hebt opgebouwd. "
     "Heb je tips om als freelancer te beginnen?", "eerste klanten"),
])
def test_how_she_built_her_freelance_business_is_her_own_start(note: str, first_clients: str) -> None:
    text = sample_draft(note, headline="Junior SEO Specialist", name="Lukas Richter")
    assert first_clients in text, text
    assert "Startleitfaden" not in text and "Search Console" not in text, text


def test_learning_seo_keeps_its_learner_answer() -> None:
    text = sample_draft("Hallo, ich bin Junior SEO und frage mich, wo ich beim Lernen von SEO am besten anfangen soll. "
                        "Hast du Tipps für den Einstieg?")
    assert "Search-Console" in text or "Search Console" in text
