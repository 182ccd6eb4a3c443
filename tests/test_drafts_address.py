"""Register, address and wording: du/Sie from greeting + signature + casual words, compound first names, titles,
pt-BR from the headline, articles around company names, articulated prepositions, natural English."""
from __future__ import annotations

import re

import pytest

from invitriage.drafts.writer import draft_for
from invitriage.settings import Settings

OWNER = Settings(owner_name="Camille Laurent", signature="Camille", language="fr",
                 offer=["SEO", "social ads", "content strategy"])


def draft(note: str, lang: str, intent: str, name: str = "Alex Martin", headline: str = "") -> str:
    d = draft_for({"name": name, "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply",
                   "evidence": []}, OWNER)
    assert d is not None
    return d.text


@pytest.mark.parametrize("note, name, greeting", [
    ("Hallo Camille, wir saßen beim Barcamp in Freiburg am selben Tisch, ich bin der mit der Fahrradmanufaktur. Bleiben wir in Kontakt! "
     "Liebe Grüße, Jonas", "Jonas Keller", "Hallo Jonas,"),
    ("Hallo Camille, ich hab mal eine kurze Frage zu Pinterest Ads für meinen Keramikshop. Lohnt sich das? Gruß Tobias",
     "Tobias Brandt", "Hallo Tobias,"),
    ("Hallo Camille, wir machen Webdesign in Graz und könnten uns mal über gemeinsame Kunden austauschen. Grüße aus Graz, Lukas Hofer",
     "Lukas Hofer", "Hallo Lukas,"),
])
def test_a_german_first_name_note_without_sie_is_answered_with_du(note, name, greeting):
    text = draft(note, "de", "met_before", name=name)
    assert text.startswith(greeting), text
    assert not re.search(r"\b(?:Sie|Ihnen|Ihre?)\b", text), text


@pytest.mark.parametrize("note, name, greeting", [
    ("Hallo Camille, ich bin Vertriebsleiter bei einem Landmaschinenhersteller und möchte mich zu LinkedIn Ads austauschen. "
     "Freundliche Grüße, Martin Gruber", "Martin Gruber", "Guten Tag Herr Gruber,"),
    ("Hallo Camille, könnten Sie mir sagen, ob Sie auch Workshops anbieten? Viele Grüße, Jana", "Jana Koch", "Guten Tag Frau Koch,"),
])
def test_a_german_note_with_sie_or_a_full_formal_signature_keeps_sie(note, name, greeting):
    text = draft(note, "de", "ask_for_help", name=name)
    assert text.startswith(greeting), text


@pytest.mark.parametrize("note, lang, name, greeting", [
    ("Bom dia Camille. Dirijo o marketing de uma cadeia de farmácias no Porto e gostaria de conhecer os seus serviços.", "pt",
     "Maria João Ferreira", "Maria João"),
    ("Buenos días Camille, llevo el marketing de una cadena de ópticas en Zaragoza y me interesan sus servicios de SEO.", "es",
     "María José Lozano Gil", "María José"),
    ("Bonjour Camille, je dirige une petite agence de voyages à Annecy et j'aimerais en savoir plus sur vos accompagnements.", "fr",
     "Anne Marie Roux", "Anne Marie"),
    ("Buongiorno Camille, gestisco il marketing di una catena di gelaterie a Bologna e vorrei sapere di più sui suoi servizi.", "it",
     "Anna Maria Ferri", "Anna Maria"),
])
def test_a_compound_first_name_is_kept_whole(note, lang, name, greeting):
    text = draft(note, lang, "business_proposal", name=name)
    assert greeting in text.splitlines()[0], text


def test_a_brazilian_formal_greeting_keeps_o_senhor():
    text = draft("Prezada Sra. Laurent, escrevo em nome de uma associação de lojistas de Curitiba. Gostaríamos de convidá-la para um "
                 "webinar sobre SEO local em junho. Teria disponibilidade? Atenciosamente, Carlos Menezes", "pt", "business_proposal",
                 name="Carlos Menezes")
    assert text.startswith("Prezado Sr. Menezes,"), text
    assert not re.search(r"\b(?:você|te)\b", text), text


def test_a_portuguese_exma_note_is_answered_with_the_whole_name_and_the_title():
    text = draft("Exma. Sra. Dra. Camille Laurent, sou editora numa revista de economia e gostaria de lhe colocar algumas perguntas "
                 "sobre publicidade digital. Com os melhores cumprimentos, Teresa Carvalho", "pt", "business_proposal", name="Teresa Carvalho")
    assert text.startswith("Exma. Sra. Dra. Teresa Carvalho,"), text


@pytest.mark.parametrize("headline", ["Gerente de Marketing | Grupo Pão de Açúcar", "Coordenadora de CRM na Havaianas"])
def test_a_noteless_brazilian_headline_gets_brazilian_portuguese(headline):
    text = draft("", "pt", "benefit", name="Paulo Teixeira", headline=headline)
    assert not re.search(r"\b(?:consigo|convosco|equipa)\b", text), text
    assert re.search(r"\b(?:me escrever|você|te)\b", text), text
