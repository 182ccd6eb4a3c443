"""Wave 116, group A: direct questions answered (an online shop never gets the local-place answer, …)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,headline,must", [
    # r115 es_pt_it note-26: an online fitness-clothing shop weighs TikTok ads against Instagram
    ("Oi Camille, tudo bem? Tenho uma loja virtual de roupas fitness e queria saber se vale a pena investir em anúncios "
     "no TikTok ou focar no Instagram. O que vc acha?", "Fundadora da FitMove", "marcas pequenas"),
    ("Hi Camille, I run an online shop for fitness wear. Should I invest in TikTok ads or focus on Instagram?", "",
     "small brands"),
    ("Hola Camille, tengo una tienda online de ropa fitness, ¿me conviene más TikTok o Instagram?", "", "marcas pequeñas"),
    ("Hallo Camille, ich habe einen Onlineshop für Fitnessmode. Lohnt sich eher TikTok oder Instagram?", "",
     "kleinen Marken"),
])
def test_an_online_shop_never_gets_the_local_place_answer(note: str, headline: str, must: str) -> None:
    text = sample_draft(note, headline, name="Camila Ribeiro")
    assert must in text, text
    for local in ("restaurante", "restaurant", "Restaurant", "Google Business", "Google-Unternehmensprofil"):
        assert local not in text, text


def test_a_local_gym_still_gets_the_local_place_answer() -> None:
    text = sample_draft("Hi Camille, I run a small gym in Lyon. Should we focus on Instagram or TikTok?", "", name="Tom Hill")
    assert "Google Business Profile" in text, text


@pytest.mark.parametrize("note,headline,must", [
    # r116 de_nl note-40: is AI content risky for product texts too (a shop of 3000 products told, then "curious to hear")
    ("Hoi Camille, ik las je artikel over Google Core Updates. Jij zegt dat AI-content riskant is, maar geldt dat ook voor "
     "productteksten? Wij hebben ongeveer 3000 producten in onze shop.. Benieuwd naar je mening! Groet, Sander",
     "E-commerce manager bij Fietsonderdelen.nl", "niet per se"),
    ("Hi Camille, I read your article on Google core updates. You say AI content is risky, but does that apply to product "
     "descriptions too? We have about 2000 products in our shop. Curious to hear your opinion!", "E-commerce manager",
     "Not necessarily"),
])
def test_an_opinion_closing_a_question_is_the_question_answered_not_a_shop_look(note: str, headline: str, must: str) -> None:
    text = sample_draft(note, headline, name="Sander Bos")
    assert must in text, text
    assert "link" not in text, text


def test_a_shop_just_opened_with_feedback_asked_still_gets_the_look() -> None:
    text = sample_draft("Hi Camille, I just opened my online shop. Would love your feedback!", "", name="Sander Bos")
    assert "Send me the link to your shop" in text, text
