"""Wave 29 (a29): a founder or a brand that wants to sell in France asks a market question, never for job-hunting tips."""

import pytest

from drafting import sample_draft

SELLERS = [
    "Hello Camille, we're a two-person candle brand from Dublin and want to start selling to French customers online. Any advice?",
    "Bonjour Camille, je suis le fondateur d'une petite brasserie suisse et j'aimerais vendre nos bières en France en ligne. Un conseil pour commencer ?",
    "Hola Camille, somos una marca de aceite de oliva y queremos vender en Francia por internet. ¿Qué consejo nos darías?",
    "Hallo Camille, ich bin Gründerin eines kleinen Modelabels und will unsere Produkte in Frankreich online verkaufen. Hast du einen Tipp?",
    "Olá Camille, tenho uma marca de cerâmica e quero vender os meus produtos online em França. Tem alguma dica?",
]


@pytest.mark.parametrize("note", SELLERS)
def test_seller_in_france_gets_no_job_tips(note: str) -> None:
    text = sample_draft(note)
    assert "Welcome to the Jungle" not in text
    assert "CV" not in text and "Lebenslauf" not in text
    assert "goog" in text.lower() and ("Instagram" in text or "Facebook" in text)  # the owner's where-to-start answer


def test_job_seeker_in_france_still_gets_the_job_tip() -> None:
    text = sample_draft("Hi Camille, I'm job hunting after a layoff, 6 years in SEO. Any tips for the French market?")
    assert "Welcome to the Jungle" in text
