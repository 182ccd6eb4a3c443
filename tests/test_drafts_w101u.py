"""Wave 101 U: note-less welcomes name the business with its article ("en el Grupo …", "presso il Gruppo …")."""

from __future__ import annotations

import pytest
from drafting import SAMPLE, sample_draft

from invitriage.benefit.matcher import BenefitMatcher
from invitriage.drafts.writer import draft_for


def noteless_draft(headline: str, name: str) -> str:
    """A note-less invitation drafted as triage drafts it (the benefit matcher's evidence included)."""
    matcher = BenefitMatcher(SAMPLE.help_whom, SAMPLE.meet_whom, SAMPLE.offer, SAMPLE.benefit_threshold)
    found = matcher.match([(headline, "")])[0] if matcher.active else []
    item = {"name": name, "note": "", "headline": headline, "lang": SAMPLE.language, "intent": "no_note", "action": "reply",
            "evidence": [m.evidence() for m in found[:2]], "meet": any(m.kind == "meet_whom" for m in found)}
    d = draft_for(item, SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text

# -- a business led by a common noun takes its article; a sector label before the name is dropped --------------------


@pytest.mark.parametrize("headline, name, expected, wrong", [
    ("Directora de Marketing | Grupo Hotelero Mediterráneo", "Rocío Serrano", "en el Grupo Hotelero Mediterráneo",
     "en Grupo Hotelero"),
    ("Directora de Marketing | Fundación Ayuda Viva", "Lucía Gómez", "en la Fundación Ayuda Viva", "en Fundación"),
    ("Marketing Director | Fondazione Arte Viva", "Chiara Bianchi", "la Fondazione Arte Viva", "presso Fondazione"),
    ("Marketing Director | Gruppo Alimentare Italiano", "Lorenzo Barbieri", "presso il Gruppo Alimentare Italiano",
     "presso Gruppo"),
])
def test_noteless_business_gets_its_article(headline: str, name: str, expected: str, wrong: str) -> None:
    text = noteless_draft(headline, name)
    assert expected in text
    assert wrong not in text


def test_plain_brand_stays_bare() -> None:
    text = noteless_draft("Directora de Marketing | Mercado Libre", "Rocío Serrano")
    assert "en Mercado Libre" in text


# -- a French stranger's plain "Bonjour" and an impersonal "on se connecte ?" is answered with vous -------------------


@pytest.mark.parametrize("note", [
    "Bjr, je vois qu'on a plein de relations en commun, on se connecte ?",
    "Bonjour, on travaille dans le même secteur, on se connecte ?",
])
def test_french_plain_bonjour_connect_is_vous(note: str) -> None:
    text = sample_draft(note, headline="Consultant RH", name="Damien Lefort")
    assert not text.startswith("Salut")
    assert " ton message" not in text and " tu " not in text


def test_french_casual_hello_connect_stays_tu() -> None:
    text = sample_draft("Hello ! Super post sur le SEO, on se connecte ?", headline="Consultant RH", name="Damien Lefort")
    assert "vous" not in text


# -- a launch "next month" is the launch's date: the call is offered before it, never "next month" ------------------


@pytest.mark.parametrize("note, headline, wrong", [
    ("Salut Camille ! Thomas Girard m'a conseillé de te contacter, il dit que tu es la meilleure pour les pubs Insta. Je lance "
     "ma boutique de bougies en ligne le mois prochain, tu aurais 20 min pour en parler ?\nLéa", "Fondatrice @ Lumina Bougies",
     "le mois prochain"),
    ("Bonjour Camille, Thomas Girard m'a donné votre nom. Nous lançons notre e-shop de bougies le mois prochain, vous auriez "
     "20 minutes pour en parler ?", "Fondatrice @ Lumina Bougies", "le mois prochain"),
    ("Hi Camille, Thomas Girard gave me your name. We launch our candle shop next month, would you have 20 minutes for a call?",
     "Founder, Lumina Candles", "next month"),
])
def test_launch_next_month_is_not_the_call_month(note: str, headline: str, wrong: str) -> None:
    text = sample_draft(note, headline=headline, name="Léa Fontaine")
    assert wrong not in text


def test_call_asked_next_month_keeps_next_month() -> None:
    text = sample_draft("Salut Camille, Thomas Girard m'a conseillé de te contacter. On pourrait s'appeler le mois prochain pour "
                        "parler de mes pubs Insta ?", headline="Fondatrice @ Lumina Bougies", name="Léa Fontaine")
    assert "le mois prochain" in text
