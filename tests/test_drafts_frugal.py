"""Little to spend is the budget told: "por onde eu começo sem gastar muito?" gets the free first step, never "tell me
your budget" (round 53 pt: a Nuvemshop pet shop owner asked where to start without spending much and was asked her
budget)."""

from __future__ import annotations

import pytest

from drafting import sample_draft

CASES = [
    ("Oi, abri minha loja na Nuvemshop faz 3 meses (acessórios pet) e quase não tenho visita. Vi seu post sobre SEO local. "
     "Por onde eu começo sem gastar muito??", "Search Console", "orçamento"),
    ("Hi Camille, I run a small bakery in Dublin and we just opened an online shop. What's the first thing you'd do to get "
     "traffic on a tiny budget?", "Search Console", "your budget"),
    ("Bonjour Camille, j'ai un petit cabinet d'ostéopathie à Villeurbanne et presque aucune visite sur mon site. Par quoi "
     "commenceriez-vous sans trop dépenser ?", "gratuit", "votre budget"),
    ("Hoi Camille, ik heb sinds kort een praktijk als diëtist en mijn website krijgt bijna geen bezoekers. Waar zou jij "
     "beginnen met een klein budget?", "gratis", "je budget"),
]


@pytest.mark.parametrize(("note", "said", "never"), CASES)
def test_the_free_first_step_not_the_budget_asked(note: str, said: str, never: str) -> None:
    text = sample_draft(note, name="Larissa Souza")
    assert said in text, text
    assert never not in text, text
