"""Wave 159, our mends after reading every changed regression draft: her reels answer speaks of behind the scenes for any
small business (a shop never hears "or a restaurant" and "dishes"); "links or content?" is answered only when the two are
weighed against each other ("zero backlinks: content or technical SEO first?" keeps its technical answer); "could you advise
me where to apply?" beside "would you take an intern?" gets the no and where to apply."""

import pytest
from drafting import sample_draft


@pytest.mark.parametrize(("note", "never"), [
    ("Hi Camille, I just opened a small online candle shop and my Instagram isn't growing. Any tip where to start?", ("restaurant", "dishes")),
    ("Hoi Camille, ik heb een klein webwinkeltje in keramiek en mijn Instagram groeit niet. Heb je een tip?", ("restaurant", "gerechten")),
    ("Hola Camille, tengo una tiendita de velas y mi Instagram no crece. ¿Algún consejo para empezar?", ("restaurante", "platos")),
])
def test_a_shop_hears_the_reels_answer_without_a_restaurant(note: str, never: tuple[str, ...]) -> None:
    text = sample_draft(note)
    assert "reels" in text.lower() and not any(n in text for n in never), text


def test_content_or_technical_seo_is_not_links_or_content() -> None:
    text = sample_draft("hey camille, quick q - for a brand new site with zero backlinks, would you start with blog content or "
                        "technical seo first? thx", headline="Junior SEO @ Rankly")
    assert "technical SEO first" in text and "Links come after" not in text, text


def test_links_or_content_still_answered() -> None:
    text = sample_draft("Olá Camille, tenho uma loja pequena de cerâmica. Vale a pena investir em backlinks ou é melhor focar no conteúdo?")
    assert "conteúdo" in text and "links" in text, text


@pytest.mark.parametrize(("note", "kept"), [
    ("Dear Ms Laurent, I am a final-year marketing student and I am looking for a 3-month internship abroad from June. Would you "
     "consider taking an intern, or could you advise me where to apply? Kind regards, Oliver Hughes", ("not taking on interns", "agencies")),
])
def test_interns_no_and_where_to_apply_when_advice_is_asked_with_a_verb(note: str, kept: tuple[str, ...]) -> None:
    text = sample_draft(note)
    assert all(k in text for k in kept), text
