"""Round 58, direct questions answered with the wrong answer (wave 63): Meta's Conversions API for a small shop (the
server-side tracking answer, never the small-budget Meta one), "retainer or per project?" (her audit, then the
optional monthly follow-up) and the budget to test LinkedIn Ads (LinkedIn's own costs, never Meta's €10–20 a day)."""
from __future__ import annotations

from drafting import sample_draft


def test_conversions_api_question_gets_the_server_side_answer() -> None:
    notes = [
        "Camille, vi tu post sobre Meta Ads y el iOS 14. ¿Sigues recomendando la API de conversiones para tiendas pequeñas?",
        "Ciao Camille, ho letto il tuo post su Meta Ads. Consigli ancora la Conversions API per i piccoli negozi?",
        "Hi Camille, quick one after your iOS 14 post: is the Conversions API still worth setting up for a small e-shop?",
        "Bonjour Camille, tu conseilles toujours l'API Conversions de Meta pour une petite boutique en ligne ?",
        "Olá Camille, vale a pena configurar a API de Conversões da Meta numa loja pequena?",
        "Hallo Camille, lohnt sich die Conversions API von Meta für einen kleinen Onlineshop noch?",
        "Hoi Camille, raad je de conversie-API van Meta nog aan voor kleine webshops?",
    ]
    for note in notes:
        text = sample_draft(note)
        assert "Stape" in text and "iOS" in text, (note, text)
        assert "Advantage+" not in text and "20" not in text, (note, text)


def test_retainer_or_per_project_is_answered() -> None:
    notes = [
        ("Hello Camille, I'm the CMO of a SaaS company expanding to France. Do you work on retainer or per project?", "I offer both"),
        ("Bonjour Camille, vous travaillez plutôt au projet ou en abonnement mensuel pour le SEO ?", "Je propose les deux"),
        ("Hola Camille, ¿trabajas por proyecto o con una iguala mensual? Gracias", "Ofrezco las dos cosas"),
        ("Hoi Camille, werk je voor SEO per project of met een maandelijks retainer? Groet", "Ik doe allebei"),
    ]
    for note, said in notes:
        text = sample_draft(note, headline="CMO")
        assert said in text and "audit" in text.lower(), (note, text)


def test_linkedin_ads_test_budget_is_never_the_meta_figure() -> None:
    notes = [
        ("hoi camille, mag ik vragen wat je minimale budget zou zijn om met linkedin ads te testen voor een b2b startup?",
         "50 euro"),
        ("Dag Camille, hoeveel testbudget moet ik minimaal rekenen voor LinkedIn Ads? Groetjes", "50 euro"),
        ("Hi Camille, how much budget would you need at minimum to test LinkedIn ads for a B2B startup?", "€50"),
        ("Bonjour Camille, quel budget minimum pour tester la pub LinkedIn quand on est une petite boîte B2B ?", "50 €"),
        ("Hallo Camille, wie viel Budget braucht man mindestens, um LinkedIn Ads für ein B2B-Startup zu testen?", "50 €"),
        ("Ciao Camille, quanto budget minimo serve per provare gli annunci su LinkedIn per una startup B2B?", "50 €"),
    ]
    for note, said in notes:
        text = sample_draft(note)
        assert said in text and "10" not in text, (note, text)
    meta = sample_draft("Hi Camille, how much budget should a small shop start with for Facebook ads?")
    assert "€10 to €20" in meta, meta
