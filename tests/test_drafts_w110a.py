"""Fix wave 110, group A: direct questions answered (the owner's FAQ answers and their selection)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,name,headline,must", [
    # round 109 de_nl note-29: "is Meta Ads nog zinvol met €200 per maand?" asks whether the budget is worth it
    ("Hey Camille 👋 zag je post over Instagram Ads voor kleine webshops, echt nuttig! Vraagje: is Meta Ads nog zinvol met een "
     "budget van €200 per maand? Thanks! Joris", "Joris Bakker", "Oprichter | Plantjesbox.nl", "€ 200 per maand"),
    ("Hallo Camille, sind Meta Ads mit 200 € im Monat überhaupt sinnvoll?", "Jonas Weber", "Inhaber | Teeladen", "200 € im Monat"),
])
def test_is_meta_ads_sensible_on_a_budget_gets_the_small_budget_test(note: str, name: str, headline: str, must: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert must in text, text
    assert "over je bedrijf" not in text, text


def test_graduate_tip_in_brazilian_portuguese_reads_well() -> None:
    # round 109 es_pt_it note-35: "Uma certificação completa" (it complements), "do que diploma" (no article)
    text = sample_draft("Oi! Acabei de me formar em Publicidade e estou procurando minha primeira oportunidade em marketing digital. "
                        "Qualquer dica seria ótima. Obrigada!", headline="Publicitária recém-formada | Em busca de oportunidade",
                        name="Larissa Ribeiro")
    assert "Uma certificação o complementa" in text and "do que um diploma" in text, text
    assert "certificação completa" not in text, text


@pytest.mark.parametrize("note,lang_mark", [
    # round 110 de_nl note-40: the post weighed TikTok against Meta; the question weighs B2B against B2C for TikTok
    ("Hoi Camille, je post over TikTok ads vs Meta ads vond ik heel interessant. Werkt TikTok volgens jou ook voor B2B of vooral "
     "B2C? Groet uit Rotterdam, Jesse", "In B2B levert TikTok"),
    ("Hola Camille, leí tu post sobre TikTok Ads vs Meta Ads. ¿TikTok sirve también para B2B o sobre todo para B2C?", "En B2B, TikTok"),
])
def test_b2b_or_b2c_for_tiktok_gets_the_b2b_answer_not_the_posts_choice(note: str, lang_mark: str) -> None:
    text = sample_draft(note, headline="Performance marketeer", name="Jesse Kok")
    assert lang_mark in text, text
    assert "winkel" not in text and "tienda" not in text and "budget" not in text, text


@pytest.mark.parametrize("note,must,never", [
    # round 109 es_pt_it note-5: starting one's own agency without clients asks for first clients, never the Meta budget
    ("Hola Camille, vi tu post sobre los errores comunes en Meta Ads y me sentí identificado jaja. Estoy empezando mi propia agencia "
     "en Valencia. Que consejo le darías a alguien que arranca sin clientes?", "primeros proyectos", ("presupuesto", "tarifa diaria")),
    ("Hi Camille, loved your post on Meta ads mistakes. I'm launching my own agency in Leeds. Any advice for someone starting "
     "without clients?", "first projects", ("budget", "day rate")),
    ("Hoi Camille, ik start mijn eigen bureau in Utrecht. Heb je tips om te beginnen zonder klanten?", "eerste projecten", ("dagtarief",)),
])
def test_own_agency_without_clients_gets_the_first_clients_advice(note: str, must: str, never: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Freelance Social Ads | Meta & TikTok Ads", name="Diego Martínez")
    assert must in text, text
    assert not any(n in text for n in never), text


@pytest.mark.parametrize("note,must", [
    # round 109 es_pt_it note-12: SEO asked by someone selling on Instagram AND on a shop platform (Tiendanube): the shop's
    # SEO (product titles and descriptions), never only Instagram's search
    ("Hola Camille, soy Valentina desde Buenos Aires 🇦🇷. Tengo un emprendimiento de ropa sustentable y vendo por Instagram y "
     "Tiendanube. Me vendría re bien algún consejo de SEO para arrancar, vos qué recomendás priorizar?", "descripciones de producto"),
    ("Hi Camille, I sell handmade candles on Instagram and WooCommerce. Any SEO advice to get started, what would you prioritize?",
     "product titles and descriptions"),
])
def test_seo_for_a_shop_sold_on_instagram_and_a_shop_platform_gets_the_shop_answer(note: str, must: str) -> None:
    text = sample_draft(note, headline="Fundadora de Raíz Indumentaria", name="Valentina Sosa")
    assert must in text, text
    assert "Instagram's own search" not in text and "buscador de Instagram" not in text, text


def test_seo_for_an_instagram_profile_alone_keeps_the_instagram_search_answer() -> None:
    text = sample_draft("Hola Camille, vendo ropa solo por Instagram. ¿Vale la pena hacer SEO en Instagram?", name="Valentina Sosa")
    assert "buscador de Instagram" in text, text


def test_seo_or_instagram_ads_weighed_in_the_question_keeps_the_choice() -> None:
    # a regression guard: the choice weighed in the question itself ("SEO … oder … Instagram Ads") keeps her weighing, even
    # when the two options read from the question are not what her answer names
    text = sample_draft("Hallo Frau Laurent, ich habe gerade meinen kleinen Onlineshop für handgemachte Keramik gestartet und bekomme "
                        "kaum Traffic. Lohnt sich SEO am Anfang überhaupt oder sollte ich lieber mit Instagram Ads starten? Liebe Grüße, Anna",
                        headline="Gründerin von Tonwerk Keramik", name="Anna Schmid")
    assert "Das hängt davon ab, wie schnell Umsatz kommen muss" in text, text
