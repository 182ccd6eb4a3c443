"""A freelance or white-label mission offered with the rate asked ("Quel est votre TJM ?", "What's your day rate?"): the
rate is answered (it depends on the mission, given once its scope is known), never passed over for a bare call, and
never with a figure the sample settings do not hold."""

from __future__ import annotations

import re

import pytest

from drafting import sample_draft

CASES = [
    ("Bonjour Camille, je dirige l'agence web Pixelia (Annecy). Nous cherchons une freelance SEO pour des missions en "
     "sous-traitance régulières. Quel est votre TJM ?", "Mon TJM dépend de la mission"),
    ("Bonjour, notre agence à Nantes cherche une consultante SEO freelance en marque blanche pour nos clients. "
     "Quels sont vos tarifs ?", "Mes tarifs dépendent de la mission"),
    ("Hi Camille, I manage a digital agency in Manchester and we're looking for a French-speaking SEO freelancer for "
     "ongoing white-label work. What's your day rate?", "My day rate depends on the mission"),
    ("Hi Camille, we're a small agency in Leeds and need a freelance SEO for subcontracting. What do you charge per day?",
     "My day rate depends on the mission"),
    ("Hallo Camille, wir sind eine Agentur in Köln und suchen eine freie SEO-Beraterin für White-Label-Projekte. "
     "Wie hoch ist Ihr Tagessatz?", "Mein Tagessatz hängt vom Auftrag ab"),
    ("Hoi Camille, ons bureau in Utrecht zoekt een freelance SEO-specialist voor white-label opdrachten. Wat is je "
     "dagtarief?", "Mijn dagtarief hangt af van de opdracht"),
    ("Hola Camille, dirijo una agencia en Valencia y buscamos una freelance SEO para trabajos de marca blanca. ¿Cuál es "
     "tu tarifa diaria?", "Mi tarifa diaria depende de la misión"),
    ("Ciao Camille, gestisco un'agenzia a Torino e cerchiamo una freelance SEO in subappalto per clienti francesi. "
     "Qual è la tua tariffa giornaliera?", "La mia tariffa giornaliera dipende dalla missione"),
    ("Olá Camille, tenho uma agência em Lisboa e procuramos uma freelancer SEO em regime de subcontratação. Qual é o "
     "valor da sua diária?", "A minha tarifa diária depende da missão"),
]


@pytest.mark.parametrize(("note", "said"), CASES)
def test_mission_rate_answered_before_the_call(note: str, said: str) -> None:
    text = sample_draft(note, headline="Directeur d'agence", name="Ana Ruiz")
    assert said in text
    assert text.index(said) < min(i for i in (text.find("20"), len(text)) if i >= 0)  # the rate first, then the call
    assert not re.search(r"\d+\s?(?:€|eur|euros)|€\s?\d", text, re.I)  # no figure invented
    assert len(text) <= 600
