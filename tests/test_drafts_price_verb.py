"""German asks her price with the verb at the end ("Was würden Sie für so ein Format berechnen?"): the price answered,
never "tell me about your business and your budget"."""

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note", [
    "Hallo Frau Laurent, wir suchen eine Trainerin für einen internen SEO-Workshop (2 Tage, im Herbst). Was würden Sie für so "
    "ein Format berechnen? Mit besten Grüßen, Martin Koch",
    "Hallo Camille, wir planen einen Social-Ads-Workshop für unser Team (10 Leute). Wie viel würdest du dafür verlangen? LG Jana",
])
def test_price_asked_with_the_verb_last(note: str) -> None:
    text = sample_draft(note, name="Martin Koch")
    assert "Preis" in text and "Geschäft" not in text, text
