"""Direct questions answered, never side-stepped (round 48): clients in a country beyond her regions, a way into a field
"in SEO or social ads" (no choice), free resources after a first sentence on the field, is freelancing worth it, OPCO."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,said,gone", [
    ("Hola Camille, tengo una tienda online de cerámica en Valencia. ¿Aceptas clientes en España?",
     "trabajo a distancia, así que un cliente en España es perfectamente posible", "Por ahora no tengo"),
    ("Buongiorno Camille, ho un e-shop a Firenze. Lavora anche con clienti italiani?",
     "un cliente in Italia è senz'altro possibile", "non ho ancora"),
    ("Hi Camille, we run a webshop in Denver. Do you work with clients in the US?",
     "I work remotely, so a client in the US is quite possible", "Not in the US yet"),
    ("Hoi Camille, wij hebben een webshop in Utrecht. Werk je ook met klanten in Nederland?",
     "help graag ook klanten in Nederland", "nog niet"),
    ("Hallo Camille, ich habe einen Onlineshop in München. Arbeitest du auch mit Kunden in Deutschland?",
     "betreue gern auch Kunden in Deutschland", "bisher nicht"),
])
def test_a_client_abroad_hears_she_works_remotely(note: str, said: str, gone: str) -> None:
    text = sample_draft(note, name="Ana Ruiz")
    assert said in text and gone not in text


@pytest.mark.parametrize("note,said,gone", [
    ("Hoi Camille, net afgestudeerd en ik solliciteer al maanden. Heb je tips hoe ik als junior binnenkom in SEO of social ads?",
     "concreet bewijs", "allebei goede richtingen"),
    ("Hallo Camille, seit Monaten auf Jobsuche. Hast du Tipps, wie man als Junior in SEO reinkommt?",
     "ersten SEO-Job", "Headline"),
    ("Hi Camille, recent grad here. How do I get into SEO or paid social as a junior?",
     "concrete proof", "Both are good paths"),
])
def test_a_way_in_is_no_either_or(note: str, said: str, gone: str) -> None:
    text = sample_draft(note, headline="Junior marketeer", name="Rick Vos")
    assert said in text and gone not in text


@pytest.mark.parametrize("note,said", [
    ("hi camille, im a comms student and really want to get into SEO. what would you recommend to learn first? any free resources?",
     "SEO Starter Guide"),
    ("Hola Camille, soy estudiante y quiero entrar en el SEO. ¿Qué me recomiendas aprender primero? ¿Algún recurso gratuito?",
     "guía de introducción al SEO de Google"),
])
def test_resources_asked_after_the_field_get_the_resources(note: str, said: str) -> None:
    text = sample_draft(note, headline="Student", name="Ryan Cole")
    assert said in text and "concrete proof counts" not in text and "lo concreto cuenta" not in text


@pytest.mark.parametrize("note,said", [
    ("Olá! Terminei agora o curso de marketing digital. Que conselho daria a alguém sem experiência? Vale a pena começar por freelance?",
     "dois ou três anos numa agência"),
    ("Hi Camille, I just finished a digital marketing bootcamp with no experience. Is it worth going freelance straight away?",
     "two or three years at an agency"),
    ("Hallo Camille, ich habe gerade meinen Kurs beendet, ohne Erfahrung. Lohnt es sich, direkt als Freelancer zu starten?",
     "zwei, drei Jahre in einer Agentur"),
])
def test_is_freelancing_worth_it_is_answered(note: str, said: str) -> None:
    assert said in sample_draft(note, name="Beatriz Lopes")


@pytest.mark.parametrize("note", [
    "Bonjour, je suis responsable RH d'une PME de 40 salariés et nous cherchons une formation réseaux sociaux pour notre équipe "
    "commerciale. Proposez-vous des formations en intra ? Sont-elles finançables par l'OPCO ?",
    "Bonjour, je suis responsable RH d'une PME. Proposez-vous des formations en intra ? Sont-elles finançables par l'OPCO ?",
])
def test_opco_funding_is_no_vague_check(note: str) -> None:
    text = sample_draft(note, name="Sandrine Blanc")
    assert "devis" in text and "OPCO" in text and "je vérifie" not in text
