"""Round 20 (l20b): a thank-you for the owner's own training or course is answered as such, in every language."""

from __future__ import annotations

import pytest

from drafting import render

EVENT = ("next event", "prochain événement", "nächsten Event", "nächsten Veranstaltung", "próximo evento", "prossimo evento",
         "volgend event", "volgend evenement", "Vortrag", "talk", "charla", "palestra", "lezing", "non ne ho bisogno",
         "quelques formations", "great chatting", "Gespräch")

TRAININGS = [
    ("Bonjour Camille, merci encore pour la formation Google Ads que vous avez animée chez nous le mois dernier, très utile. Luc", "fr", "met_before", "formation"),
    ("Bonjour Camille, merci pour la formation SEO donnée à notre équipe mardi ! Bonne journée", "fr", "sales_pitch", "formation"),
    ("Hi Camille, thanks again for the SEO training you ran for our team last month, it was really useful!", "en", "met_before", "training"),
    ("Hey Camille, I took your Udemy masterclass on Meta Ads and loved it. Would love to stay in touch", "en", "content", "masterclass"),
    ("Hallo Camille, vielen Dank nochmal für die Schulung zu Google Ads bei uns im Unternehmen letzten Monat! Jan", "de", "met_before", "Schulung"),
    ("hi camille, ich hab deinen Kurs auf Udemy gemacht und fand ihn richtig gut. würd mich freuen in kontakt zu bleiben", "de", "business_proposal", "Kurs"),
    ("Hola Camille, gracias por el curso de SEO que diste en nuestra empresa la semana pasada. Me sirvió muchísimo.", "es", "content", "curso"),
    ("Olá Camille, obrigado pela formação em SEO que deu na nossa empresa no mês passado. Foi muito útil!", "pt", "met_before", "formação"),
    ("Ciao Camille, grazie per il corso su Google Ads che hai tenuto nella nostra azienda il mese scorso!", "it", "sales_pitch", "corso"),
    ("Buongiorno Camille, grazie per la formazione su Google Ads che ha tenuto nella nostra azienda. Utilissima!", "it", "sales_pitch", "cors"),
    ("Hoi Camille, bedankt voor de training over Google Ads die je vorige maand bij ons bedrijf gaf!", "nl", "met_before", "training"),
    ("Hallo Camille, ik heb je masterclass op Udemy gevolgd en vond hem top. Leuk om te connecten!", "nl", "content", "masterclass"),
]


@pytest.mark.parametrize("note,lang,intent,word", TRAININGS)
def test_training_thanks_named_and_closed_as_a_training(note: str, lang: str, intent: str, word: str) -> None:
    text, template = render(note, lang, intent)
    assert template.startswith("content"), (template, text)
    assert word.lower() in text.lower(), text
    for bad in EVENT:
        assert bad.lower() not in text.lower(), (bad, text)


def test_training_thanks_keeps_tu_in_spanish() -> None:
    text, _ = render("Buenos días Camille, gracias por la formación en Google Ads que impartiste en nuestra empresa. Me sirvió mucho.", "es", "met_before")
    assert "le haya" not in text and "Ya me contará " not in text, text


def test_a_talk_at_an_event_still_hopes_for_the_next_one() -> None:
    text, _ = render("Hi Camille, loved your talk at Web Summit on SEO!", "en", "content")
    assert "training" not in text.lower(), text


def test_a_workshop_for_the_team_stays_a_workshop() -> None:
    text, _ = render("Bonjour Camille, merci pour ton atelier SEO avec notre équipe mardi !", "fr", "met_before")
    assert "atelier" in text and "événement" not in text, text
