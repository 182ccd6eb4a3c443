"""Review round 17, wording / echoes / address (branch draftsW4): notes written for these tests, not the reviewers'."""

from __future__ import annotations

import pytest

from invitriage.drafts.notefacts import _month_range
from invitriage.drafts.writer import contract_articles
from test_drafts_draftsW3 import draft


@pytest.mark.parametrize("note, good, bad", [
    ("Olá Camille, sou estudante de marketing em Coimbra e procuro um estágio em marketing digital (mar-ago). "
     "Posso enviar-lhe o meu CV? Obrigada, Rita Sousa", "de março a agosto", "mar-ago"),
])
def test_a_bare_month_range_is_written_out(note, good, bad):
    text = draft(note, "", "Rita Sousa")
    assert good in text and bad not in text, text


@pytest.mark.parametrize("text, lang, out", [
    ("fev-jul", "pt", "de fevereiro a julho"), ("apr-jun", "fr", "d'avril à juin"), ("feb–juni", "nl", "van februari tot juni"),
    ("mar-ago", "es", "de marzo a agosto"), ("feb-mai", "de", "von Februar bis Mai"), ("gen-giu", "it", "da gennaio a giugno"),
    ("jan-mar", "en", "from January to March"),
])
def test_month_range_in_every_language(text, lang, out):
    assert _month_range(text, lang) == out


def test_a_portuguese_infinitive_keeps_its_pronoun():
    out = contract_articles("Envie-me o CV: depois de o ver, falo com a equipa de o projeto.", "pt")
    assert "depois de o ver" in out and "do projeto" in out and "depois do ver" not in out, out


def test_a_negation_is_never_a_referrer():
    text = draft("Hola Camille, asistí a tu webinar de SEO local la semana pasada. ¿Podrías pasarme la presentación? "
                 "No pude tomar notas de todo. Gracias! Lucía", "", "Lucía Moreno")
    assert "gracias a No" not in text and "Lucía" in text, text


@pytest.mark.parametrize("name, good, bad", [
    ("Juan Sebastián Díaz", "Sr. Díaz", "Sr. Sebastián"),
    ("Luisa Fernanda Gómez", "Sra. Gómez", "Sra. Fernanda"),
])
def test_a_spanish_second_given_name_is_not_the_surname(name, good, bad):
    text = draft(f"Estimada Camille Laurent, le escribo desde Medellín. Soy profesor de comunicación digital y me "
                 f"interesa mucho su trabajo en SEO. Quedo atento.\nCordialmente,\n{name}", "", name)
    assert good in text and bad not in text, text


def test_a_german_virtual_coffee_is_a_coffee():
    text = draft("Hi Camille, ich leite das Marketing bei einem Münchner Start-up und würde gern hören, wie du den "
                 "französischen SEO-Markt siehst. Kaffee (virtuell) diese Woche? Grüße, Jan", "Head of Marketing", "Jan Becker")
    assert "Kaffee" in text and "Bedarf" not in text, text


def test_dutch_formal_scheduling_is_idiomatic():
    text = draft("Geachte mevrouw Laurent,\nAls directeur van een Nederlandse modeketen zoeken wij ondersteuning bij onze "
                 "SEO in Frankrijk. Staat u open voor een kennismakingsgesprek?\nMet vriendelijke groet,\nPieter de Graaf",
                 "Directeur | ModeNL", "Pieter de Graaf")
    assert "momenten passen u" not in text and "wensen te begrijpen" not in text, text
