"""fixA2: questions only the owner can answer, left by the first wave (review round 21).

- "do you have clients in <country>?": an honest yes / not yet from the ``regions`` setting, never "most of my clients";
- agencies asked for: a pointer now (how to look, or how to choose one), never "I'll send you a few names";
- a rough price ("à peu près", "ungefähr") with ``rates = "on_request"``: what decides the price, in one sentence;
- "with what / what do you use for …?" is never answered "yes, that's what I do"; the tool entry answers it;
- a note that only asks a question her FAQ answers gets the answer whatever the intent judged;
- "Semrush or Ahrefs?" with no SEO word: the tool answer.
"""

from __future__ import annotations

import re

import pytest

from drafting import sample_draft

_MOST = r"(?i)most of my clients|la plupart de mes clients|die meisten meiner|la mayoría de mis|la maggior parte|a maioria dos|de meeste van mijn"


@pytest.mark.parametrize("note, said", [
    ("Goedemiddag, wij zijn een installatiebedrijf uit Utrecht en willen beter gevonden worden. Heeft u ook klanten in Nederland?",
     "Ik werk op afstand en help graag ook klanten in Nederland"),
    ("Guten Tag Frau Laurent, wir betreiben einen Weinhandel in Köln. Betreuen Sie auch Kunden in Deutschland?", "ortsunabhängig und betreue gern auch Kunden in Deutschland"),
    ("Hola Camille, llevamos una academia de idiomas en Sevilla y necesitamos ayuda con el SEO. ¿Tienes clientes en España?",
     "Mis clientes están en Francia, en Suiza, en Bélgica y en Canadá, pero trabajo a distancia"),  # a whole sentence, never the fragment (round 45 pt note-26)
    ("Hi Camille, we run a yoga studio in Toronto and need help with Instagram ads. Do you work with clients in Canada?", "Yes, I work with clients in Canada."),
    ("Bonjour Camille, nous sommes une coopérative à Lausanne. Vous accompagnez des clients en Suisse ?", "Oui, j'accompagne aussi des clients en Suisse."),
])
def test_a_clients_in_country_question_gets_an_honest_yes_or_not_yet(note, said):
    text = sample_draft(note)
    assert said in text, text
    assert not re.search(_MOST, text), text


def test_clients_outside_her_home_country_are_a_yes_with_the_other_regions():
    text = sample_draft("Olá Camille, temos uma marca de cosmética em Lisboa. Trabalha com clientes fora de França?")
    assert "também tenho clientes" in text and "Suíça" in text and "Canadá" in text, text
    assert "França" not in text.split("também tenho clientes")[1].split(".")[0], text


@pytest.mark.parametrize("note, pointer", [
    ("Hoi Camille, ik ben net afgestudeerd en wil in Lyon aan de slag. Weet jij marketingbureaus daar die Engelstalige junioren zoeken?", "LinkedIn"),
    ("Ciao Camille, mi sono appena laureata in marketing. Conosci agenzie a Torino che assumono junior?", "LinkedIn"),
    ("Hi Camille, final-year student here. Do you know any agencies in Lyon that hire English-speaking juniors?", "LinkedIn"),
])
def test_a_job_seeker_asking_for_agencies_gets_a_pointer_now(note, pointer):
    text = sample_draft(note)
    assert pointer in text, text
    assert not re.search(r"(?i)a few names|een paar namen|qualche nome|quelques noms|algunos nombres|ein paar Namen|alguns nomes|name or two", text), text


@pytest.mark.parametrize("note, said", [
    ("Hi Camille, we own two bakeries in Grenoble. Do you know a reliable agency for our Facebook ads?", "case studies"),
    ("Bonjour Camille, je gère un camping en Ardèche. Tu connais une agence sérieuse pour nos pubs Google ?", "cas clients"),
])
def test_a_business_asking_for_an_agency_gets_how_to_choose_one(note, said):
    text = sample_draft(note)
    assert said in text, text
    assert "LinkedIn" not in text and not re.search(r"(?i)this week|cette semaine|names I trust|noms", text.replace("Plutôt que des noms", "")), text


@pytest.mark.parametrize("note, decides", [
    ("Bonjour Camille, j'ai une boutique de vélos à Villeurbanne. Vous faites des audits SEO ? Ça coûterait combien, en gros ?",
     "selon la taille du site"),
    ("Hi Camille, I run a small law firm. Do you do SEO audits? Ballpark, what would that cost?", "depending on the size of the site"),
    ("Hallo Camille, wir sind eine Zahnarztpraxis in Stuttgart. Machen Sie SEO-Audits? Was würde das in etwa kosten?", "je nach Größe der Website"),
    ("Hoi Camille, ik heb een kapsalon. Doe je SEO-audits? Wat kost zoiets grofweg?", "afhankelijk van de grootte van de website"),
    ("Olá Camille, tenho uma pastelaria no Porto. Faz auditorias de SEO? Quanto custa, mais ou menos?", "dimensão do site"),
])
def test_a_ballpark_price_says_what_decides_it(note, decides):
    # (wave 25: her usual range from seo_audit_prices, the size of the site, not given, what decides it)
    text = sample_draft(note)
    assert decides in text, text
    assert re.search(r"\d ?(?:€|euros?)|€\s?\d", text), text
    assert len(re.findall(r"(?i)\baudits?\b|auditoria", text)) <= 1, text


@pytest.mark.parametrize("note", [
    "Servus Camille, womit machst du eigentlich dein Rank-Tracking? Danke dir!",
    "Hey Camille, what do you use for checking backlinks? Cheers",
    "Coucou Camille, tu utilises quoi pour tes recherches de mots-clés ? Merci",
    "Hola Camille, ¿qué usas para la investigación de palabras clave? ¡Gracias!",
    "Hoi Camille, wat gebruik je voor je zoekwoordonderzoek? Groetjes",
])
def test_a_with_what_question_is_never_a_yes(note):
    text = sample_draft(note)
    assert not re.search(r"(?i)\b(?:yes|oui|ja|sí|ja), (?:that's exactly|c'est tout à fait|genau das|exactamente|precies)", text), text
    assert "Semrush" in text, text


@pytest.mark.parametrize("note, said", [
    ("Hallo Camille, bringen Blogbeiträge für einen kleinen Onlineshop noch etwas?", "Ein solider Artikel im Monat"),
    ("Hoi Camille, hebben blogartikelen nog zin voor een kleine webshop?", "Eén degelijk artikel per maand"),
    ("Ciao Camille, meglio Yoast o Rank Math per il mio sito WordPress?", "Rank Math"),
])
def test_a_note_that_only_asks_an_faq_question_gets_the_answer(note, said):
    text = sample_draft(note)
    assert said in text, text
    assert not re.search(r"(?i)20[- ]min|Telefonat|gesprek van|CV|Lebenslauf", text), text


@pytest.mark.parametrize("note, said", [
    ("Ahrefs ou Semrush ?", "Semrush"),
    ("Hi Camille, quick question for you: Sistrix or Semrush?", "I use Semrush"),
    ("Hallo Camille, Ahrefs oder Semrush?", "Semrush"),
])
def test_two_seo_tools_named_get_the_tool_answer(note, said):
    text = sample_draft(note)
    assert said in text and "Screaming Frog" in text, text
