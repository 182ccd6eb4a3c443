"""Wave 24, group D: what the note says of the sender's own venture and of the piece that helped is named, never re-asked."""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts import situation
from invitriage.drafts.notefacts import extract


# -- "it came in handy" in other words: the piece that helped is named ------------------------------------------------

@pytest.mark.parametrize("note, lang, piece", [
    ("Hola! Sigo tu newsletter desde hace tiempo, el último artículo sobre Google Ads para restaurantes me vino de perlas para mi bar.",
     "es", "mi último artículo sobre Google Ads para restaurantes"),
    ("Hi Camille, I read your newsletter every month; the latest issue on TikTok ads for small brands came in really handy for my bakery.",
     "en", "my latest issue on TikTok Ads"),
])
def test_the_piece_that_came_in_handy_is_named(note: str, lang: str, piece: str) -> None:
    f = extract(note, lang, "content")
    assert f.helped
    assert f.helped_piece.startswith(piece)


@pytest.mark.parametrize("note, lang", [
    ("Bonjour Camille, ton article sur le SEO local m'a bien servi pour ma boulangerie, merci !", "fr"),
    ("Hoi Camille, je artikel over Pinterest-advertenties kwam precies op het juiste moment voor mijn webshop.", "nl"),
    ("Oi Camille, seu post sobre anúncios no Instagram veio mesmo a calhar para a minha loja!", "pt"),
    ("Ciao Camille, il tuo articolo sulla SEO locale mi è stato davvero utile per il mio ristorante.", "it"),
])
def test_help_said_in_other_words_is_helped(note: str, lang: str) -> None:
    assert extract(note, lang, "content").helped


def test_sample_reply_thanks_for_the_article_that_helped_the_shop() -> None:
    text = sample_draft("Holaa Camille! Leo tu newsletter cada semana, el último artículo sobre anuncios de Pinterest me vino genial para mi tienda de velas. Gracias!",
                        name="Marta Sanz")
    assert "Pinterest" in text and "útil" in text


# -- a venture told with its own word (emprendimiento, negocio, negócio, business) is the sender's shop -----------------

@pytest.mark.parametrize("note, shop", [
    ("Tengo un emprendimiento de velas aromáticas y no sé cómo crecer en Instagram", "emprendimiento de velas aromáticas"),
    ("Buenas, mi pequeño negocio de tartas caseras apenas tiene visitas", "negocio de tartas caseras"),
    ("Olá! Tenho um negócio de bolos caseiros e queria crescer no Instagram", "negócio de bolos caseiros"),
    ("Hi, I run a small business selling candles", "business"),
])
def test_a_venture_is_the_senders_shop(note: str, shop: str) -> None:
    assert situation.read(note).shop.startswith(shop)


@pytest.mark.parametrize("note", [
    "Tu negocio parece ir muy bien, ¡enhorabuena!",
    "I read your business plan template, great work.",
])
def test_someone_elses_business_or_a_plan_is_not_a_shop(note: str) -> None:
    assert situation.read(note).shop == ""


def test_sample_reply_names_the_venture_instead_of_asking_what_the_business_is() -> None:
    text = sample_draft("Hola Camille! Leí tu post sobre los reels de TikTok. Tengo un emprendimiento de jabones naturales y me cuesta crecer en redes, ¿me pasás algún tip?",
                        name="Sofía Paz")
    assert "jabones naturales" in text
    assert "de tu negocio" not in text
