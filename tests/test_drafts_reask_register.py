"""Wave 78, group D: never re-ask what the note gave (a session's quoted title, the students it is for), the sender's
register and Portuguese variant read right, and no "yes, that's my trade" when the slides are asked for."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, name, kept, gone", [
    ("Sehr geehrte Frau Laurent, im Namen der Online Marketing Konferenz Hamburg möchten wir Sie als Speakerin für unser "
     "Panel „Social Ads 2025“ am 14. Oktober anfragen. Wären Sie grundsätzlich verfügbar?\nHerzliche Grüße\nKatrin Schmitt",
     "Katrin Schmitt", "„Social Ads 2025“", "das Thema"),
    ("Hello Camille, on behalf of Lyon Digital Summit we would love to have you as a speaker on our panel 'Paid Social in "
     "2025' on 12 June. Would you be available? Best, Tom Hill", "Tom Hill", "Paid Social in 2025", "the topic"),
    ("Bonjour Camille, nous aimerions vous inviter à intervenir dans notre table ronde « Réseaux sociaux et ventes » le "
     "3 avril à Lyon. Seriez-vous disponible ? Julie Martin", "Julie Martin", "« Réseaux sociaux et ventes »", "le sujet"),
    ("Hola Camille, en nombre del congreso Digital Sevilla queremos invitarle como ponente en la mesa «Publicidad que "
     "vende» el 5 de mayo. ¿Estaría disponible? Saludos, Ana Ruiz", "Ana Ruiz", "Publicidad que vende", "el tema"),
])
def test_quoted_session_title_is_the_topic(note: str, name: str, kept: str, gone: str) -> None:
    text = sample_draft(note, name=name)
    assert kept in text
    assert gone not in text


@pytest.mark.parametrize("note, name, gone", [
    ("Guten Tag, ich leite die Weiterbildung an der Hochschule Mannheim. Könnten Sie sich vorstellen, einen Gastvortrag "
     "(90 Min.) über Content-Strategie für unsere Masterstudierenden zu halten? Honorar nach Absprache. Mfg Prof. Dr. Peter Schäfer",
     "Peter Schäfer", "Zielgruppe"),
    ("Goedendag mevrouw Laurent, ik coördineer de minor Digital Marketing aan de Hogeschool van Amsterdam. Zou u een "
     "gastcollege (2 uur) willen geven over contentstrategie? Uiteraard tegen vergoeding. Met vriendelijke groet, dr. Kees Brouwer",
     "Kees Brouwer", "doelgroep"),
    ("Hi Camille, I coordinate the minor Digital Marketing at a university in Utrecht. Would you give a guest lecture "
     "(2 hours) on content strategy? Paid, of course. Best, Jan de Vries", "Jan de Vries", "audience"),
    ("Beste Camille, zou je een gastles over social ads willen geven voor onze masterstudenten? Groet, Lotte Visser",
     "Lotte Visser", "doelgroep"),
])
def test_students_named_are_not_asked_for(note: str, name: str, gone: str) -> None:
    text = sample_draft(note, name=name)
    assert gone not in text
    assert "?" in text  # the dates (or format) still asked


def test_spanish_usted_recruiter_is_answered_with_usted() -> None:
    text = sample_draft("Buenas tardes, trabajo en selección para una empresa de logística y buscamos jefes de almacén en "
                        "la zona de Lyon. Si conoce a alguien, no dude en compartir. Un saludo, Sergio Navarro", name="Sergio Navarro")
    assert "su mensaje" in text
    assert "tu mensaje" not in text and "¡Hola, Sergio!" not in text


def test_italian_non_esiti_is_lei() -> None:
    text = sample_draft("Buonasera, cerchiamo un magazziniere nella zona di Lione. Se conosce qualcuno, non esiti a "
                        "scrivermi. Saluti, Marco Bianchi", name="Marco Bianchi")
    assert "Ciao" not in text


def test_european_portuguese_la_outweighs_a_warm_closing() -> None:
    text = sample_draft("Olá Camille! Foi um prazer conhecê-la no Digital Marketing Day em Lyon na semana passada. Sou Head "
                        "of Growth numa startup portuguesa de fintech e adorei a sua apresentação sobre conteúdo B2B. Abraço, "
                        "Miguel Antunes", name="Miguel Antunes")
    assert "gostaste" not in text and "Olá, Miguel!" not in text
    assert "gostou" in text


def test_brazilian_recruiter_gets_brazilian_portuguese() -> None:
    text = sample_draft("Olá! Trabalho com recrutamento de desenvolvedores Java para empresas na França. Caso conheça "
                        "alguém, pode indicar. Obrigado, Felipe Costa", name="Felipe Costa")
    assert "Cumprimentos" not in text and "procura" not in text
    assert "busca" in text


@pytest.mark.parametrize("note, name, gone", [
    ("Bonjour Camille, merci pour votre atelier au Tuba hier soir ! Est-ce que vous pourriez partager les slides ? Bonne "
     "journée, Hugo", "Hugo Blanc", "mon métier"),
    ("Bonjour Camille, super formation SEO hier ! Est-ce que vous pourriez m'envoyer les slides ? Merci, Léa", "Léa Roux", "mon métier"),
    ("Hello Camille, thanks for your workshop at the Tuba last night! Could you share the slides? Best, Hugo", "Hugo Blanc",
     "exactly what I do"),
    ("Hallo Camille, dank voor je workshop gisteren! Kun je de slides delen? Groet, Daan", "Daan Jansen", "precies mijn vak"),
])
def test_slides_asked_get_no_yes_to_her_trade(note: str, name: str, gone: str) -> None:
    text = sample_draft(note, name=name)
    assert gone not in text
    assert "slides" in text
