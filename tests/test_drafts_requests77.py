"""Wave 77 (group D): requests and meetings read as the wrong kind, and the needless "tell me where you stand"."""

from __future__ import annotations

import pytest

from drafting import sample_draft

#: The light step after her answer, in every language and register: it must not follow a note that already said it.
_STAND = ("where you're at", "where you stand", "où vous en êtes", "où tu en es", "en qué punto", "a che punto",
          "em que ponto", "wo du gerade stehst", "wo Sie gerade stehen", "waar je nu staat", "waar u nu staat")


@pytest.mark.parametrize(("note", "headline", "must"), [
    ("Bonjour, je suis étudiante en BTS communication et je voudrais savoir quelle formation vous conseilleriez pour "
     "se spécialiser en SEO ? Merci beaucoup", "Étudiante BTS Communication", "Semrush"),
    ("Bjr Camille, j'ai vu que vous donniez des formations, est ce que c'est eligible au CPF ?", "", "CPF"),
    ("Olá Camille, trabalho como social media há 2 anos e queria migrar para SEO. Que cursos ou livros você recomenda "
     "pra quem tá começando? vlw!", "", "Semrush"),
    ("Hola Camille, soy estudiante de marketing y quiero especializarme en SEO. ¿Qué curso me recomiendas?", "", "Semrush"),
    ("Hoi Camille, ik ben student communicatie. Welke cursus raad je aan voor SEO?", "", "Semrush"),
    ("Hi Camille, I just launched my handmade jewellery e-shop on Etsy and Shopify. With only 300€/month for ads, "
     "should I start with Instagram or Google? Cheers, Mia", "Founder, Mia Rose Jewellery", "Meta"),
])
def test_no_where_you_stand_once_told(note: str, headline: str, must: str) -> None:
    text = sample_draft(note, headline=headline, name="Alex Martin")
    assert must in text
    assert not any(s.lower() in text.lower() for s in _STAND), text


def test_where_you_stand_kept_when_untold() -> None:
    text = sample_draft("Hi Camille, which SEO course would you recommend?", name="Tom Baker")
    assert "Semrush" in text and "where you're at" in text
