"""Clients and their requests (wave 54, group B): a training asked with its own verb, the availability asked for the
month of a launch, both halves of "SEO + ads", and a formal client's meeting accepted in kind."""

from __future__ import annotations

import pytest

from drafting import sample_draft

from invitriage.drafts.needs import need_phrase
from invitriage.drafts.notefacts import extract, name_gender


@pytest.mark.parametrize("note, lang", [
    ("Exma. Sra. Dra. Camille Laurent,\nSou responsável pelo gabinete de comunicação de uma autarquia e gostaria de saber se "
     "realiza ações de formação em redes sociais para equipas do setor público.\nCom os melhores cumprimentos,\nJoão Pereira", "pt"),
    ("Estimada Sra. Laurent, trabajo en el área de comunicación de un ayuntamiento y quería saber si realiza cursos de redes "
     "sociales para equipos de la administración pública. Un saludo, Lucía Gómez", "es"),
    ("Gentile Dott.ssa Laurent, lavoro all'ufficio comunicazione di un comune e vorrei sapere se tiene corsi sui social media "
     "per il personale della pubblica amministrazione. Cordiali saluti, Marco Bianchi", "it"),
    ("Dear Ms Laurent, I run the communications office of a city council and would like to know whether you deliver social "
     "media training for public-sector teams. Kind regards, Emma Clarke", "en"),
    ("Sehr geehrte Frau Laurent, ich leite die Pressestelle einer Stadtverwaltung und wollte fragen, ob Sie "
     "Social-Media-Schulungen für Teams im öffentlichen Dienst durchführen. Mit freundlichen Grüßen, Jan Becker", "de"),
    ("Madame, je dirige le service communication d'une mairie et je souhaiterais savoir si vous dispensez des formations "
     "réseaux sociaux pour les agents publics. Cordialement, Luc Martin", "fr"),
    ("Beste mevrouw Laurent, ik werk bij de communicatieafdeling van een gemeente en wil graag weten of u ook trainingen "
     "sociale media organiseert voor ambtenaren. Met vriendelijke groet, Pieter de Vries", "nl"),
])
def test_a_training_asked_with_its_own_verb_is_a_client_s_question(note: str, lang: str) -> None:
    facts = extract(note, lang, "sales_pitch")
    assert facts.client and facts.service == "training" and facts.yes_q


def test_the_municipality_asking_for_trainings_gets_a_yes_not_its_business_and_budget() -> None:
    text = sample_draft("Exma. Sra. Dra. Camille Laurent,\nSou responsável pelo gabinete de comunicação de uma autarquia e "
                        "gostaria de saber se realiza ações de formação em redes sociais para equipas do setor público.\n"
                        "Com os melhores cumprimentos,\nJoão Pereira", name="João Pereira")
    assert "Sim, dou formações" in text
    assert "negócio" not in text and "orçamento" not in text


@pytest.mark.parametrize("note, lang, both", [
    ("je cherche une consultante pour notre lancement en septembre (SEO + ads).", "fr",
     ("votre SEO", "vos publicités sur les réseaux sociaux")),
    ("We need help with SEO and ads for our launch.", "en", ("SEO", "social ads")),
    ("Wir suchen Unterstützung bei Werbung und SEO.", "de", ("SEO", "Social Ads")),
    ("precisamos de ajuda com SEO e ads", "pt", ("com o SEO", "anúncios nas redes sociais")),
])
def test_bare_ads_beside_seo_are_kept(note: str, lang: str, both: tuple[str, str]) -> None:
    phrase = need_phrase(note, ["SEO", "social ads", "content strategy"], lang, False)
    assert all(part in phrase for part in both), phrase


def test_google_ads_beside_seo_is_not_read_as_her_social_ads() -> None:
    assert need_phrase("cerchiamo supporto per SEO + Google Ads", ["SEO", "social ads"], "it", False) == "con la SEO"


@pytest.mark.parametrize("note, said", [
    ("Bonjour Camille, je suis fondateur d'une startup foodtech et je cherche une consultante pour notre lancement en "
     "septembre (SEO + ads). Vous avez des disponibilités à la rentrée ?\nYanis Benali", "En septembre, ce devrait être possible"),
    ("Hi Camille, we're a fintech startup looking for help with SEO and paid social for our launch in September. Any "
     "availability then? Tom", "September should work on my side"),
    ("Hoi Camille, we zoeken hulp bij SEO voor onze webshop in september. Heb je dan ruimte? Groet, Sanne",
     "In principe is september bij mij mogelijk"),
])
def test_a_client_s_availability_question_is_answered_for_the_month_named(note: str, said: str) -> None:
    assert said in sample_draft(note, name="Yanis Benali")


def test_the_foodtech_founder_gets_september_and_both_seo_and_ads() -> None:
    text = sample_draft("Bonjour Camille, je suis fondateur d'une startup foodtech et je cherche une consultante pour notre "
                        "lancement en septembre (SEO + ads). Vous avez des disponibilités à la rentrée ?\nYanis Benali",
                        headline="CEO & co-fondateur – Miamz", name="Yanis Benali")
    assert "En septembre" in text and "publicités" in text


def test_a_call_asked_without_a_month_gets_no_month_line() -> None:
    text = sample_draft("Bonjour Camille, nous lançons notre boutique en septembre et cherchons de l'aide pour le SEO. "
                        "Seriez-vous disponible pour un appel ?", name="Léa Martin")
    assert "ce devrait être possible" not in text


def test_a_formal_director_asking_for_a_meeting_in_lyon_gets_mr_and_the_meeting() -> None:
    text = sample_draft("Dear Ms Laurent,\nAs Marketing Director at Nordic Home, I'm looking for a consultant to audit our "
                        "French SEO. Would you be available for a meeting in Lyon next month?\nRegards,\nHenrik Larsen",
                        headline="Marketing Director at Nordic Home", name="Henrik Larsen")
    assert text.startswith("Dear Mr Larsen,")
    assert "meet in Lyon next month" in text
    assert "20-minute call" not in text


@pytest.mark.parametrize("note, name, said", [
    ("Madame Laurent,\nDirectrice marketing d'une enseigne de mobilier, je cherche une consultante pour notre stratégie de "
     "contenu. Seriez-vous disponible pour un rendez-vous à Lyon le mois prochain ?\nCordialement,\nSophie Girard",
     "Sophie Girard", "rendez-vous à Lyon"),
    ("Estimada Sra. Laurent, soy director de marketing de una cadena de tiendas y buscamos ayuda con el SEO en Francia. "
     "¿Podríamos tener una reunión en Lyon el mes que viene? Saludos cordiales, Javier Ortega", "Javier Ortega",
     "reunirnos en Lyon"),
    ("Guten Tag Frau Laurent, als Marketingleiter suche ich Unterstützung bei unserer Content-Strategie für den "
     "französischen Markt. Können wir einen persönlichen Termin vereinbaren? MfG Stefan Krause", "Stefan Krause", "Einen Termin"),
])
def test_a_client_s_meeting_is_accepted_in_kind(note: str, name: str, said: str) -> None:
    text = sample_draft(note, name=name)
    assert said in text
    assert "20 minut" not in text and "café" not in text


@pytest.mark.parametrize("ask", ["Could we set up a Zoom meeting next week?", "Could we set up a meeting?"])
def test_a_zoom_or_bare_meeting_stays_a_first_call(ask: str) -> None:
    text = sample_draft(f"Dear Camille, we're looking for help with our social ads. {ask} Best, Paul Smith", name="Paul Smith")
    assert "20-minute call" in text and "Let's meet" not in text


def test_nordic_given_names_have_a_gender() -> None:
    assert (name_gender("Henrik"), name_gender("Søren"), name_gender("Mette")) == ("m", "m", "f")
