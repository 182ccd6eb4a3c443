"""Wave 29, helper B: questions that reach the owner's answers (an opinion asked is no yes/no on her services; a
budget asked in one Dutch or German word reaches her test-budget answer)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


def _body(text: str) -> str:
    return text.split("\n", 2)[-1]


# An opinion asked ("vous pensez que…?", "do you think…?", "¿crees que…?") about AI-written content: her FAQ answer,
# never "Oui, c'est tout à fait mon métier" and a sales call.
@pytest.mark.parametrize(("note", "needle"), [
    ("Bonjour Camille, j'ai lu votre article sur le référencement. Vous pensez que Google déclasse les pages écrites par une IA ?",
     "pas pénalisé"),
    ("Salut Camille, tu crois que Google va pénaliser mes fiches produits générées par IA ?", "pas pénalisé"),
    ("Hi Camille, do you think Google penalises product descriptions written by AI tools?", "isn't penalised"),
    ("Hola Camille, ¿crees que Google penaliza las fichas de producto escritas por una IA?", "no se penaliza"),
    ("Ciao Camille, pensi che Google penalizzi le schede prodotto scritte con l'IA?", "non è penalizzato"),
    ("Olá Camille, acha que o Google penaliza descrições de produtos feitas por uma IA?", "não é penalizado"),
    ("Hallo Camille, glaubst du, dass Google Produkttexte von einer KI abstraft?", "nicht schon deshalb"),
    ("Hoi Camille, denk je dat Google productteksten van een AI-tool afstraft?", "niet afgestraft"),
])
def test_an_opinion_asked_on_ai_content_gets_her_answer(note: str, needle: str) -> None:
    text = sample_draft(note, name="Noa Petit")
    assert needle in text, text
    assert "mon métier" not in text and "20 minut" not in text, text


def test_an_opinion_question_is_no_yes_no_on_her_services_but_a_service_question_still_is() -> None:
    asked = sample_draft("Bonjour Camille, est-ce que vous pensez que le contenu fait par ChatGPT est sanctionné par Google ?")
    assert "Oui, c'est tout à fait mon métier" not in asked and "pas pénalisé" in asked, asked
    service = sample_draft("Bonjour Camille, est-ce que vous faites des audits SEO pour les PME ?")
    assert _body(service).split("\n")[1].startswith("Oui"), service
    could = sample_draft("Hi Camille, do you think you could help us with our SEO next quarter?")
    assert "isn't penalised" not in could, could


# A budget asked in one word ("minimumbudget", "Mindestbudget", "testbudget"): her figure for a first test (Meta-sized;
# LinkedIn's "testbudget" gets its own, higher figure: tests/test_drafts_asked63.py).
@pytest.mark.parametrize("note", [
    "Hoi Camille, leuk je te ontmoeten online. Welk minimumbudget raad je aan voor een eerste test met advertenties op Instagram?",
    "Hallo Camille, wir möchten Anzeigen auf Facebook für unser Café testen. Welches Mindestbudget empfiehlst du?",
])
def test_a_budget_asked_in_one_word_gets_her_figure(note: str) -> None:
    text = sample_draft(note, name="Jan de Vries")
    assert "10" in _body(text) and "20" in _body(text) and ("€" in text or "euro" in text), text


# A casual Dutch note signed "mvg" / "met vriendelijke groet": a reply that opens "Hoi" keeps a casual close.
@pytest.mark.parametrize("note", [
    "hoi camille, ik heb een kleine fietsenwinkel in zwolle en wil beter gevonden worden in google. kun je me helpen?\nmvg, Joost",
    "Hey Camille, leuk je post over Reels gelezen! Ik run een koffiebar in Leiden. Kunnen we eens bellen?\nMet vriendelijke groet, Mila",
])
def test_a_casual_hoi_reply_is_not_closed_stiffly(note: str) -> None:
    text = sample_draft(note, name="Joost Bakker")
    assert text.startswith(("Hoi", "Hey")), text
    assert "Met vriendelijke groet" not in text, text


def test_a_formal_dutch_note_still_gets_the_kind_closing() -> None:
    text = sample_draft("Beste Camille, graag zou ik met u connecten om over SEO voor onze makelaardij te praten.\nMet vriendelijke groet, Henk de Wit",
                        name="Henk de Wit")
    assert "Met vriendelijke groet" in text, text
