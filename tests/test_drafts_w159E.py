"""Wave 159 E: facts and details read right. A student already in her city on an exchange ("mache grad ein Erasmus in
Lyon") gets a coffee soon, never "once you have arrived"; a TikTok ads budget asked by the month ("ab welchem
Monatsbudget", "vanaf welk maandbudget") gets TikTok's own minimum (about 20 a day per ad group), never the Meta first
test of 10-20 a day; an intern's tip follows the field asked (content strategy or content marketing: plan a project's
content), never "set up GA4 and run a channel"; a sender from Belgium is asked whether French or English works, never
English alone."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts import situation
from invitriage.drafts.writer import lang_question

# 197 de_nl note-4, and senders of our own: the exchange under way in Lyon
STAY_NOW = [
    ("Hallo Camille! Ich studiere Kommunikationswissenschaft in Münster und mache grad ein Erasmus in Lyon. Suchst du evtl. "
     "eine Praktikantin ab März? Würde mich riesig freuen :)", "Studentin Kommunikationswissenschaft, WWU Münster", "Paula Schneider",
     "angekommen"),
    ("Bonjour Camille, je suis étudiante en info-com à Lille et je fais actuellement un Erasmus à Lyon. Vous prendriez une "
     "stagiaire au printemps ?", "", "Julie Martin", "posé vos valises"),
    ("Hi Camille, I'm a marketing student from Dublin, currently on an exchange semester in Lyon. Any chance you'd take an "
     "intern from April?", "", "Ciara Byrne", "settled in"),
]


@pytest.mark.parametrize(("note", "headline", "name", "arrival"), STAY_NOW)
def test_exchange_under_way_gets_a_coffee_soon(note: str, headline: str, name: str, arrival: str) -> None:
    text = sample_draft(note, headline, name)
    assert arrival not in text
    assert "Lyon" in text


def test_exchange_to_come_keeps_the_coffee_once_there() -> None:
    text = sample_draft("Hallo Camille, ich studiere Medienwissenschaft in Köln und mache ab September ein Auslandssemester "
                        "in Lyon. Nimmst du Praktikanten?", "", "Mia Koch")
    assert "Wenn du angekommen bist" in text


def test_exchange_under_way_is_read_as_there_now() -> None:
    assert situation.read("Ich mache grad ein Erasmus in Lyon.").moved
    assert not situation.read("Ich mache ab September ein Erasmus in Lyon.").moved


# 196 de_nl note-7 / note-29, and senders of our own: TikTok's minimum per ad group, asked by the month
TIKTOK_MONTH = [
    ("Hey Camille, ich hab deinen Post über TikTok Ads für kleine Shops gelesen – mega hilfreich! Kurze Frage: Ab welchem "
     "Monatsbudget lohnt sich das deiner Meinung nach überhaupt? Lg aus Wien 😊", "Gründerin @ Kleinkram Wien – handgemachter Schmuck",
     "Anna Gruber", "20 € am Tag"),
    ("Hey Camille, las je post over TikTok ads voor kleine webshops, super nuttig! Vraagje: vanaf welk maandbudget is het "
     "volgens jou de moeite waard? Groetjes uit Gent 😊", "Oprichter @ Klein Goud – handgemaakte juwelen", "Fien Peeters",
     "20 euro per dag"),
    ("Hola Camille, leí tu post sobre anuncios en TikTok para tiendas pequeñas. ¿A partir de qué presupuesto mensual vale la "
     "pena, en tu opinión?", "", "Marta Gil", "20 € al día"),
    ("Ciao Camille, ho letto il tuo post sulle TikTok ads per piccoli shop. Da quale budget mensile secondo te ha senso "
     "partire?", "", "Giulia Rossi", "20 € al giorno"),
]


@pytest.mark.parametrize(("note", "headline", "name", "minimum"), TIKTOK_MONTH)
def test_tiktok_budget_by_the_month_gets_its_minimum(note: str, headline: str, name: str, minimum: str) -> None:
    text = sample_draft(note, headline, name)
    assert minimum in text
    assert "10 bis 20" not in text and "10 tot 20" not in text and "10 a 20" not in text and "10-20" not in text


def test_meta_budget_by_the_month_keeps_the_first_test() -> None:
    text = sample_draft("Hallo Camille, wir verkaufen Kerzen über Instagram. Ab welchem Monatsbudget lohnen sich Meta Ads "
                        "für einen ersten Test?", "", "Tom Berger")
    assert "10 bis 20 € pro Tag" in text


# 196 de_nl note-3 / note-25, and senders of our own: the intern's tip follows the content field asked
CONTENT_INTERN = [
    ("Hi Camille! Ich studiere Kommunikationswissenschaft in Münster und suche ein Praktikum im Bereich Content Strategie ab "
     "März. Hättest du vielleicht Platz in deinem Team oder einen Tipp für mich? 🙏", "Studentin Kommunikationswissenschaft, WWU Münster",
     "Lena Hoffmann", "Redaktionsplan"),
    ("Hoi Camille! Ik ben student Communicatie aan de Hogeschool Utrecht en ben op zoek naar een stageplek in content marketing "
     "vanaf februari. Heb jij misschien plek of tips voor me? Alvast bedankt 🙏", "Student Communicatie @ Hogeschool Utrecht",
     "Lotte Bakker", "contentkalender"),
    ("Bonjour Camille, étudiante en communication à Nantes, je cherche un stage en stratégie de contenu à partir d'avril. "
     "Auriez-vous de la place ou un conseil ?", "", "Léa Moreau", "calendrier éditorial"),
    ("Hola Camille, estudio periodismo en Sevilla y busco prácticas en marketing de contenidos desde marzo. ¿Tienes hueco o "
     "algún consejo?", "", "Lucía Ruiz", "calendario editorial"),
]


@pytest.mark.parametrize(("note", "headline", "name", "content_step"), CONTENT_INTERN)
def test_content_intern_tip_is_about_content(note: str, headline: str, name: str, content_step: str) -> None:
    text = sample_draft(note, headline, name)
    assert content_step in text
    assert "GA4" not in text


def test_seo_intern_keeps_the_channel_tip() -> None:
    text = sample_draft("Hi Camille, I'm a marketing student in Leeds looking for an internship in SEO from June. Any room in "
                        "your team, or a tip?", "", "Sam Cole")
    assert "set up GA4" in text


# 197 de_nl note-36, and a sender of our own: a Belgian asked whether French or English works
BELGIAN = [
    ("Goedendag mevrouw Laurent, ik heb een klein bedrijf in biologische zeep en wil graag meer verkopen via social media. "
     "Geeft u ook trainingen voor ondernemers en wat kost dat ongeveer?\nMvg, Johan Peeters", "Zaakvoerder Zeepkist BV", "Johan Peeters"),
    ("Dag Camille, ik heb een kleine chocolaterie in Brugge en wil meer verkopen via Instagram. Geeft u workshops en wat kost "
     "zoiets ongeveer?", "", "Els Maes"),
]


@pytest.mark.parametrize(("note", "headline", "name"), BELGIAN)
def test_belgian_is_offered_french_too(note: str, headline: str, name: str) -> None:
    text = sample_draft(note, headline, name)
    assert "Is Engels voor u een optie?" not in text and "Is Engels voor jou een optie?" not in text
    assert "Is Frans of Engels voor u een optie?" in text


def test_dutch_sender_keeps_english_question() -> None:
    assert lang_question("nl", ["fr", "en"], False) == "Is Engels voor u een optie?"
    assert lang_question("nl", ["fr", "en"], False, french_too=True) == "Is Frans of Engels voor u een optie?"
    text = sample_draft("Goedemiddag mevrouw Laurent, ik heb een kleine bakkerij in Utrecht en wil meer verkopen via social "
                        "media. Geeft u ook trainingen voor ondernemers en wat kost dat ongeveer?", "Eigenaar Bakkerij Joost", "Joost de Vries")
    assert "Frans of Engels voor" not in text and "Is Engels voor u een optie?" in text
