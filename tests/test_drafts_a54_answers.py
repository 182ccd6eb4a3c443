"""Wave 54, group A (the owner's answers): GA4 or Matomo answered (fr_en note-38), a note with no money for ads gets the
free start instead of a paid test (fr_en note-39), and the master-or-job answer no longer assumes the French market or
its alternance for a sender studying elsewhere (de_nl note-27)."""
from __future__ import annotations

import pytest

from drafting import sample_draft

MATOMO = [
    ("hi camille saw ur post on GA4 vs Matomo, which one would u pick for a small shopify store in the EU given GDPR?? cheers", "Matomo", "GA4"),
    ("Bonjour Camille, GA4 ou Matomo pour ma petite boutique en ligne, avec le RGPD ?", "Matomo", "GA4"),
    ("Hallo Camille, Matomo oder GA4 für unseren kleinen Shop, wegen DSGVO?", "Matomo", "GA4"),
    ("Hoi Camille, Matomo of GA4 voor mijn webshop? Ik twijfel vanwege de AVG.", "Matomo", "GA4"),
]


@pytest.mark.parametrize("note,tool,other", MATOMO)
def test_ga4_or_matomo_is_answered_never_a_budget_asked(note: str, tool: str, other: str) -> None:
    text = sample_draft(note, name="Chris Doyle")
    assert tool in text and other in text, text
    assert "budget" not in text.lower() and "given." not in text, text


ZERO = [
    ("Hi Camille, I'm launching a handmade jewellery e-shop next month and have zero budget for ads. Any advice on where to start?",
     "costs nothing", "On a small budget"),
    ("Bonjour Camille, je lance ma boutique en ligne de bougies, pas de budget pub pour l'instant. Des conseils pour commencer ?",
     "ne coûte rien", "Avec un petit budget"),
    ("Hola Camille, abro una tienda online de cerámica y no tengo presupuesto para anuncios, ¿algún consejo para empezar?",
     "no cuesta nada", "Con poco presupuesto"),
    ("Ciao Camille, apro un negozio online di borse, senza budget per le ads. Qualche consiglio per iniziare?",
     "non costa nulla", "Con un budget piccolo"),
    ("Hallo Camille, ich starte einen Onlineshop für Tee, ohne Budget für Werbung. Hast du Tipps, wie ich anfangen soll?",
     "nichts kostet", "Mit kleinem Budget"),
]


@pytest.mark.parametrize("note,free,paid", ZERO)
def test_no_ad_budget_gets_the_free_start_never_a_paid_campaign(note: str, free: str, paid: str) -> None:
    text = sample_draft(note, name="Lucy Bennett")
    assert free in text, text
    assert paid not in text and "Google Ads" not in text, text


def test_a_small_ad_budget_still_gets_the_first_paid_test() -> None:
    text = sample_draft("Hi Camille, I'm opening an online shop and want to start with ads on a small budget. Any tips?", name="Ana Ruiz")
    assert "On a small budget" in text, text


MASTER = [
    ("Hallo Camille, ik studeer Marketing aan de Erasmus Universiteit en twijfel tussen een master in digital marketing of meteen gaan werken. "
     "Wat zou jij adviseren?", "ervaring"),
    ("Hi Camille, I'm studying marketing in Manchester and can't decide between a master's or getting a job straight away. What would you advise?",
     "experience"),
    ("Hallo Camille, ich studiere Marketing in Wien: lieber einen Master oder direkt arbeiten? Was würdest du raten?", "Erfahrung"),
    ("Olá Camille, estudo marketing no Porto e estou na dúvida entre um mestrado ou ir já trabalhar. O que me aconselhas?", "experiência"),
]


@pytest.mark.parametrize("note,word", MASTER)
def test_master_or_job_assumes_no_french_market(note: str, word: str) -> None:
    text = sample_draft(note, name="Daan Smit")
    assert word in text, text
    assert not any(w in text for w in ("Franse", "French", "französischen", "França", "alternance")), text


def test_reels_or_carousels_answered_about_both_in_spanish() -> None:
    """The Spanish text of "Reels or carousels" once compared Instagram posts with blog articles."""
    text = sample_draft("Hola Camille! Para mi marca de cerámica, ¿qué funciona mejor en Instagram, reels o carruseles? Gracias! Marta",
                        headline="Ceramista", name="Marta Gil")
    assert "carruseles" in text and "Reels" in text
    assert "blog" not in text
