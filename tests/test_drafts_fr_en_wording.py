"""Wave 68, group E: French and English wording (the language of a note-less sender at a French-named brand, …)."""

from __future__ import annotations

import pytest
from drafting import sample_draft


@pytest.mark.parametrize("headline", [
    "Head of Growth @ Cabaïa | ex-Blablacar",
    "Marketing Director at Façonnable",
    "Founder | Sœur – sustainable fashion",
])
def test_english_headline_at_a_french_spelt_brand_is_answered_in_french(headline: str) -> None:
    text = sample_draft("", headline=headline, name="Antoine Mercier")
    assert text.startswith("Bonjour Antoine")
    assert "Thanks" not in text and "Hello" not in text


@pytest.mark.parametrize("headline", [
    "Growth Lead at Nestlé",
    "Head of Growth @ Blablacar",
    "Product Manager at Zürich Insurance",
])
def test_english_headline_at_a_brand_anyone_spells_stays_english(headline: str) -> None:
    text = sample_draft("", headline=headline, name="Antoine Mercier")
    assert text.startswith("Hello Antoine") and "Bonjour" not in text
