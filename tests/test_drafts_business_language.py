"""Note-less senders whose English headline names a business of the owner's own market get the owner's language.

Reviewers of round 56 rated three demo drafts a rewrite: French shops in Lyon ("Owner, Cuir de Saône", "Founder |
Savonnerie des Pentes – eco-friendly homeware") answered in English because the role words of the headline were.
The business name says whose market it is; a name any language could spell (a brand, "Deloitte") says nothing.
"""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts.notefacts import owner_named_business, reply_language


@pytest.mark.parametrize("headline", [
    "Owner, Cuir de Saône",
    "Founder | Savonnerie des Pentes – eco-friendly homeware",
    "Social media manager @ Maison Castelroc",
    "Founder of La Cave de Fourvière | Handmade goods e-shop",
    "Head of Marketing at Atelier Lumière",
])
def test_a_french_business_in_an_english_headline_gets_french(headline: str) -> None:
    assert owner_named_business(headline, "fr")
    assert reply_language("", None, headline, "fr") == "fr"
    text = sample_draft("", headline=headline, name="Cyril Fleury")
    assert text.startswith("Bonjour Cyril")
    assert "Thanks" not in text and "welcome to my network" not in text


@pytest.mark.parametrize("headline", [
    "Marketing intern at Clevio",
    "Growth Lead at Green Leaf Studio",
    "Partner at Deloitte",
    "Founder | BlueSky Analytics – data for retailers",
])
def test_an_english_or_brand_name_keeps_english(headline: str) -> None:
    assert not owner_named_business(headline, "fr")
    assert reply_language("", None, headline, "fr") == "en"
    # a first name given in both languages ("Alex"): the headline decides; "Julien Martin" would be answered in French, his
    # name's language (given_names, round 102)
    assert sample_draft("", headline=headline, name="Alex Martin").startswith("Hello Alex")


@pytest.mark.parametrize(("headline", "owner"), [
    ("Owner, Pasticceria Rossi", "it"),
    ("Owner, Padaria Bom Dia", "pt"),
    ("Founder | Bäckerei Schmidt – Sauerteigbrot", "de"),
])
def test_other_owners_their_own_market(headline: str, owner: str) -> None:
    assert reply_language("", None, headline, owner) == owner


def test_a_note_still_decides_over_the_business_name() -> None:
    note = "Hi Camille, I loved your talk on local SEO last week in Lyon, would be great to stay in touch!"
    assert reply_language(note, "en", "Owner, Cuir de Saône", "fr") == "en"
