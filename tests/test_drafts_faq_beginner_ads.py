"""Wave 65 group A: a beginner choosing between SEO and paid ads gets the career either/or, never a shop's sales advice."""

import pytest
from drafting import sample_draft

BEGINNER = [
    ("oi camille! to começando na area de marketing digital: foco em SEO ou em trafego pago no inicio?", "caminhos"),
    ("hola, estoy empezando en marketing digital: ¿me centro en SEO o en anuncios al principio?", "opciones"),
    ("Hi, just starting out in marketing: should I focus on SEO or paid ads first?", "paths"),
]


@pytest.mark.parametrize("note,word", BEGINNER)
def test_beginner_seo_or_paid_gets_career_choice(note, word):
    text = sample_draft(note, headline="", name="Lucas Pereira")
    assert word in text
    for shop_word in ("produto", "producto", "product", "vender", "orçamento"):
        assert shop_word not in text
