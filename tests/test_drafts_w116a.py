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
