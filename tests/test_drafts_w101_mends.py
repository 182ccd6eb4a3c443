"""Fix wave 101, our mends after merging: what the wave's branches left half right."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,marketplace", [
    ("Bonjour Camille, j'ai lu votre post sur les erreurs en pub Facebook, c'est exactement ce qui m'arrive : 300€ dépensés, "
     "0 vente. Je vends des bijoux faits main sur Etsy. Par où je commence ?", True),
    ("Hi Camille, read your post on Facebook ad mistakes. I sell prints on Etsy, spent $400 on ads with 1 sale. What should I fix first?", True),
    ("Hi Camille, read your post about Facebook ad mistakes – guilty of all of them lol. I sell handmade candles on Shopify, spent "
     "$500 on ads with 2 sales. What should I fix first?", False),
])
def test_a_marketplace_shop_gets_the_ads_causes_without_the_pixel_check(note: str, marketplace: bool) -> None:
    # an Etsy shop holds no Pixel of the seller's own: the four causes stay, the Pixel check goes
    text = sample_draft(note, name="Élise Martin")
    assert "audience" in text, text
    assert ("Pixel" in text) is not marketplace, text


def test_does_it_pay_off_keeps_the_entry_named_by_that_phrase() -> None:
    # "merece la pena empezar con 5€ al día?" after a TikTok article: her TikTok answer for a small shop, never "ads later"
    note = ("hola camille, sigo tu newsletter desde hace meses y el ultimo articulo sobre publicidad en tiktok me vino genial para mi "
            "tienda online de ceramica. una pregunta: merece la pena empezar con 5€ al dia o es tirar el dinero?")
    text = sample_draft(note, name="Marta Ruiz")
    assert "TikTok" in text and "Los anuncios, después" not in text, text
