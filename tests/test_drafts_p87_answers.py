"""Wave 87 group P: questions answered from her FAQ.

- a question pointing back to the choice told before it ("vi seu post sobre google ads x meta ads … por qual?", "… tu da
  cosa partiresti?") weighs that sentence's two platforms; Reels against TikTok is Instagram against TikTok;
- a funding question with a subject of its own (OPCO) is never turned into a Meta-ads question by campaigns told before it;
- a founder learning Google Ads from scratch gets Google's free Skillshop courses, never "tell me where you stand";
"""
from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,good,bad", [
    ("oi camille, vi seu post sobre google ads x meta ads. pra uma loja de roupa pequena com pouco orçamento vc começaria por qual? valeu!",
     "começaria pela Meta", ("Search Console", "Me conta o que você já testou")),
    ("ciao camille! ho visto il tuo post su tiktok ads vs meta ads.. per un e-shop di abbigliamento con 500€ al mese tu da cosa partiresti??",
     "partirei da Meta", ("dimmi cosa hai già provato",)),
    ("Leuk je post over TikTok ads vs Meta ads. Voor mijn kledingwebshop met 400 euro per maand, waarmee zou jij beginnen?",
     "met Meta beginnen", ("Vertel me",)),
    ("Vi tu post sobre Google Ads vs Meta Ads. Para mi tienda online de ropa, ¿por cuál empezarías?",
     "empezaría con Meta", ("cuéntame qué has probado",)),
])
def test_choice_told_before_the_question_is_answered(note, good, bad):
    text = sample_draft(note, name="Ana Ruiz")
    assert good in text, text
    assert not any(b in text for b in bad), text


@pytest.mark.parametrize("note,good", [
    ("Ciao Camille, ho visto il tuo post sui Reels vs TikTok per i brand. Una domanda: per un brand di cosmetica con budget "
     "piccolo, su quale piattaforma conviene puntare prima?", "Instagram è la partenza più sicura"),
    ("Saw your post on Reels vs TikTok. For a small candle brand with little budget, which platform should I focus on first?",
     "Instagram is the safest start"),
    ("J'ai vu ton post Reels vs TikTok. Pour une petite marque de cosmétiques, quelle plateforme privilégier au début ?",
     "Instagram est le départ le plus sûr"),
])
def test_reels_against_tiktok_is_the_organic_choice(note, good):
    text = sample_draft(note, name="Ana Ruiz")
    assert good in text, text
    assert "20 €" not in text and "20 € al giorno" not in text, text


@pytest.mark.parametrize("note,headline,good,bad", [
    ("Bonjour Camille, je suis en alternance chez un e-commerçant et on me demande de gérer les campagnes Meta sans budget de "
     "formation. Vous faites des formations finançables par l'OPCO ?", "Alternant marketing digital", "l'OPCO de l'employeur",
     ("Skillshop", "poste visé", "Elle n'est pas")),
    ("Hi Camille, I'm an apprentice at an e-shop and I run our Meta campaigns with no training budget. Could your trainings be "
     "funded by our OPCO?", "Marketing apprentice", "OPCO can often cover them", ("Skillshop", "Blueprint")),
])
def test_opco_question_beside_campaigns_gets_the_funding_answer(note, headline, good, bad):
    text = sample_draft(note, headline=headline, name="Lucas Bonnet")
    assert good in text, text
    assert not any(b in text for b in bad), text


@pytest.mark.parametrize("note,headline,good", [
    ("Bonjour, quelle formation recommanderiez-vous pour apprendre Google Ads quand on part de zéro ? Je gère seule ma "
     "boutique en ligne de vêtements vintage. Merci !", "Fondatrice – Vintage Cocotte (e-shop)", "Skillshop"),
    ("Hi Camille, which course would you recommend to learn Google Ads from scratch? I run my own little candle shop online.",
     "Founder, Lumen Candles", "Skillshop"),
    ("Hola Camille, ¿qué curso me recomiendas para aprender Google Ads desde cero? Tengo una tienda online de cerámica.",
     "Fundadora de Barro Studio", "Skillshop"),
    ("Hallo Camille, welchen Kurs empfiehlst du, um Google Ads von null zu lernen? Ich habe einen kleinen Onlineshop für Tee.",
     "Gründerin Teeladen", "Skillshop"),
])
def test_google_ads_from_scratch_names_the_beginner_course(note, headline, good):
    text = sample_draft(note, headline=headline, name="Ana Ruiz")
    assert good in text, text
    assert not any(b in text for b in ("où vous en êtes, et je vous dirai", "where you stand today", "en qué punto estás y te digo",
                                       "wo du gerade stehst, dann sage")), text
