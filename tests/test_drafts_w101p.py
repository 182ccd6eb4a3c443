"""Fix wave 101, group P: quick questions that get a short, real answer (the owner's FAQ) instead of only a call."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,expected", [
    ("Muy buenas Camille, seguí tu webinar de ayer sobre TikTok Ads, muy top 👏 Me quedé con una duda: ¿merece la pena para B2B?",
     "En B2B, TikTok"),
    ("Oi Camille!! Assisti seu webinar sobre TikTok Ads ontem, top demais 👏👏 Fiquei com uma dúvida: funciona pra B2B?",
     "Em B2B, o TikTok"),
    ("Ciao Camille! Ho seguito il tuo webinar di ieri sui TikTok Ads, top 👏 Mi è rimasto un dubbio: funzionano anche per il B2B?",
     "Nel B2B TikTok"),
    ("Hi Camille, I watched your TikTok Ads webinar yesterday, great stuff. One question: does it work for B2B?",
     "In B2B, TikTok"),
])
def test_does_it_work_for_b2b_points_back_to_the_channel_told_before(note: str, expected: str) -> None:
    # "¿merece la pena para B2B?" names no channel: the TikTok Ads of the webinar told before is what it asks about
    text = sample_draft(note, name="Iván Requena")
    assert expected in text, text
    assert "15 minut" not in text and "cuéntame un poco de tu negocio" not in text, text


@pytest.mark.parametrize("note,expected", [
    ("Hi Camille, quick question: is it worth running Meta ads for a B2B software company with a small budget (£1k/month) or should we focus on LinkedIn ads?",
     "a small budget goes fast"),
    ("Hi Camille, is Facebook advertising worth it for our B2B SaaS on a budget of $800 a month, or should we go with LinkedIn Ads?",
     "budget"),
])
def test_b2b_meta_or_linkedin_with_a_budget_weighs_the_budget(note: str, expected: str) -> None:
    # the budget told is the crux: never "I'd stay with LinkedIn Ads" as if the sender already ran them
    text = sample_draft(note, name="Tom Baker")
    assert expected in text, text
    assert "stay with" not in text and "resterais sur" not in text, text


@pytest.mark.parametrize("note,expected", [
    ("Bonjour Camille, j'ai lu votre post sur les erreurs en pub Facebook, c'est exactement ce qui m'arrive : 300€ dépensés, 0 vente. "
     "Je vends des bijoux faits main sur Etsy. Par où je commence ?", "l'audience (trop large"),
    ("Hi Camille, read your post about Facebook ad mistakes – guilty of all of them lol. I sell handmade candles on Shopify, "
     "spent $500 on ads with 2 sales. What should I fix first?", "the Pixel records purchases"),
    ("Hola Camille, leí tu post sobre anuncios en Instagram. Llevo 200 € gastados y dos ventas. ¿Qué debería revisar primero?",
     "el Píxel registra las compras"),
])
def test_sum_spent_on_meta_ads_with_few_sales_gets_what_to_check_first(note: str, expected: str) -> None:
    text = sample_draft(note, name="Élise Garnier")
    assert expected in text, text
    assert "20 minut" not in text, text


@pytest.mark.parametrize("note,expected,wrong", [
    ("Hi Camille, Jonas Weber meinte, ich soll mich unbedingt bei dir melden – ich baue gerade einen kleinen Onlineshop für "
     "handgemachte Keramik auf und hänge beim Thema Social Ads total fest. Hättest du vielleicht Tipps, womit ich anfangen sollte? LG Miriam",
     "Mit kleinem Budget", "Werbung kommt später"),
    ("Hi Camille, I'm setting up a small online shop for handmade soap and I'm completely stuck with social ads. "
     "Any tips on where to start?", "On a small budget", "Paid ads come later"),
])
def test_where_to_start_with_social_ads_gets_an_ads_start(note: str, expected: str, wrong: str) -> None:
    # the social ads told before "womit anfangen?" are what the start is asked about, never "ads come later"
    text = sample_draft(note, name="Miriam Schulz")
    assert expected in text, text
    assert wrong not in text, text
