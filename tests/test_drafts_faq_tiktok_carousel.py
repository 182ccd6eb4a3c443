"""Wave 62, group A: direct questions answered with what they ask.

- the minimum (daily) budget for TikTok ads gets TikTok's own floor (about 20 a day per ad group), never the Meta first-test
  budget ("10 to 20 € a day", "I count") nor a call instead of the answer;
- "Canva or another tool for carousels?" gets the tool she makes them in, never "tell me about your company and budget".
"""

import pytest

from drafting import sample_draft

TIKTOK_BUDGET = [
    ("Hi Camille, quick question: what minimum daily budget would you test with on TikTok? Thanks!", "about €20 a day", "each ad group"),
    ("Hey, how much budget do I need to try TikTok ads for my candle shop?", "about €20 a day", "each ad group"),
    ("Hallo Camille, ab welchem Tagesbudget macht TikTok überhaupt Sinn? Danke dir!", "20 € am Tag", "Anzeigengruppe"),
    ("Bonjour Camille, quel budget minimum pour tester TikTok Ads ? Merci !", "20 € par jour", "groupe d'annonces"),
    ("Hola Camille, ¿con qué presupuesto mínimo al día empezarías en TikTok?", "20 € al día", "grupo de anuncios"),
    ("Hoi Camille, met hoeveel budget per dag zou jij TikTok testen?", "20 euro per dag", "advertentiegroep"),
]


@pytest.mark.parametrize("note,amount,unit", TIKTOK_BUDGET)
def test_a_tiktok_budget_question_gets_tiktoks_floor(note, amount, unit):
    text = sample_draft(note, name="Megan Foster")
    assert amount in text and unit in text, text
    assert "I count" not in text and "10 to 20" not in text and "10 bis 20" not in text and "telefonieren" not in text, text


def test_the_general_ads_budget_is_said_in_english_not_french():
    text = sample_draft("Hi Camille, how much budget should I start with for Facebook ads?", name="Megan Foster")
    assert "€10 to €20 a day" in text and "I count" not in text, text


CAROUSEL_TOOL = [
    ("Hoi Camille, gebruik jij Canva of iets anders om die carrousels te maken? Ik worstel er nogal mee 😅", "in Canva"),
    ("Hi Camille, which tool do you use to make your LinkedIn carousels?", "in Canva"),
    ("Hallo Camille, mit welchem Tool erstellst du deine Karussells? Canva?", "in Canva"),
]


@pytest.mark.parametrize("note,said", CAROUSEL_TOOL)
def test_the_carousel_tool_asked_is_named(note, said):
    text = sample_draft(note, name="Iris Mulder")
    assert said in text, text
    assert "budget" not in text.lower() and "bedrijf" not in text, text
