"""Wave 84, group A: a direct question gets its own answer, never a neighbouring one (round 82)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

RECOVERY = [
    ("hey camille, hab deinen post zum google core update gesehn! wie lang dauert es bis sich die rankings wieder erholen?",
     "Core Update, nach Wochen bis Monaten"),
    ("Hi Camille, great post on the core update. How long does it usually take for rankings to recover?",
     "weeks to months"),
    ("Salut Camille, combien de temps pour récupérer ses positions après une mise à jour Google ?", "en semaines ou en mois"),
    ("Hola Camille, ¿cuánto tarda en recuperarse el tráfico después de un core update?", "en semanas o meses"),
    ("Hoi Camille, hoe lang duurt het voordat je rankings herstellen na een core update?", "na weken tot maanden"),
]


@pytest.mark.parametrize(("note", "said"), RECOVERY)
def test_how_long_a_core_update_recovery_takes_is_answered(note: str, said: str) -> None:
    text = sample_draft(note, name="Ben Krause")
    assert said in text
    assert "Budget" not in text and "budget" not in text and "presupuesto" not in text


TIKTOK_B2B = [
    ("hoi camille, zag je post over tiktok ads, echt top!! werkt dat ook voor b2b of is dat zonde van t budget?", "In B2B levert TikTok"),
    ("Hi Camille, loved your TikTok ads post. Does it work for B2B too, or is it a waste of budget?", "In B2B, TikTok brings"),
    ("Hola Camille, ¿TikTok Ads sirve también para B2B o es tirar el presupuesto?", "En B2B, TikTok da"),
    ("Salut Camille, TikTok ça marche aussi en B2B ou c'est du budget jeté ?", "En B2B, TikTok apporte"),
]


@pytest.mark.parametrize(("note", "said"), TIKTOK_B2B)
def test_tiktok_for_b2b_gets_the_b2b_answer_not_the_minimum_budget(note: str, said: str) -> None:
    text = sample_draft(note, name="Noor Hermans")
    assert said in text
    assert "600" not in text and "20 €" not in text and "20 euro" not in text


CHOICE_ON_SMALL_BUDGET = [
    ("Camille una pregunta rapida: para una tienda en Shopify con poco presupuesto, empezarias por SEO o por anuncios en "
     "Instagram? no vendo casi nada", "haría primero lo básico de SEO"),
    ("Salut Camille, pour une petite boutique avec un petit budget, tu commencerais par le SEO ou par la pub Instagram ?",
     "je ferais d'abord les bases SEO"),
    ("Ciao Camille, per un piccolo e-commerce con poco budget, partiresti dalla SEO o dagli annunci su Instagram?",
     "farei prima le basi SEO"),
]


@pytest.mark.parametrize(("note", "said"), CHOICE_ON_SMALL_BUDGET)
def test_a_budget_told_is_not_one_side_of_the_choice(note: str, said: str) -> None:
    text = sample_draft(note, name="Ignacio Ruiz")
    assert said in text
    assert "Advantage+" not in text
