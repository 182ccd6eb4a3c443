"""Wave 24 (L): leftovers of round 22. A nationality adjective beside the clients ("clienti italiani", "Swiss
companies", "belgische Kunden") asks about the country: answered with her regions, never with an unasked yes."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts.askfacts import asked, demonym_key


@pytest.mark.parametrize("note, key", [
    ("Seguite anche aziende tedesche?", "germany"),
    ("Do you take on Irish customers as well?", "ireland"),
    ("Vous avez des clients suisses ?", "switzerland"),
    ("Betreuen Sie auch kanadische Firmen?", "canada"),
    ("¿Tienes clientes mexicanos?", "mexico"),
    ("Atende empresas brasileiras?", "brazil"),
    ("Heeft u ook Belgische klanten?", "belgium"),
])
def test_demonym_beside_clients_is_the_country(note: str, key: str) -> None:
    a = asked(note)
    assert a.place == key and "region" in a.topics, (a.place, a.topics)


def test_language_adjectives_stay_languages() -> None:
    # the clients' language ("anglophones", "deutschsprachige") is a question on her languages, not a country
    assert demonym_key("des clients anglophones") == ""
    assert asked("Arbeiten Sie auch mit deutschsprachigen Kunden?").place == ""


@pytest.mark.parametrize("note, yes_words, no_words", [
    # her regions (France, Switzerland, Belgium, Canada): a yes for hers, a "not yet" naming hers for the others
    ("Buongiorno Camille, gestiamo un agriturismo in Toscana. Lavora anche con aziende italiane? Grazie, Paola",
     ["cliente in Italia"], ["Sì, faccio"]),
    ("Hello Camille, we're a small tea brand in Cork. Do you have Irish clients, or mostly French ones? Thanks, Niamh",
     ["Ireland"], ["Yes, I do"]),
    ("Bonjour Camille, je dirige une boutique de vélos à Genève. Vous travaillez avec des entreprises suisses ? Marc",
     ["Suisse"], []),
    ("Hola Camille, somos una marca de cosmética en Guadalajara. ¿Trabajas con empresas mexicanas? Saludos, Ana",
     ["México"], ["Sí, hago"]),
    ("Hallo Camille, wir sind ein kleiner Onlineshop aus Graz. Arbeitest du auch mit österreichischen Kunden? LG Lena",
     ["Österreich"], []),
    ("Goedendag, wij zoeken hulp bij de SEO van onze webwinkel in Gent. Werkt u ook voor Belgische bedrijven? Groet, Wim",
     ["België"], ["Nog niet"]),
])
def test_nationality_question_answered_with_the_country(note: str, yes_words: list[str], no_words: list[str]) -> None:
    out = sample_draft(note)
    for w in yes_words:
        assert w in out, out
    for w in no_words:
        assert w not in out, out
