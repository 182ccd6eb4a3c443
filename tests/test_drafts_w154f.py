"""Wave 154 F: a note-less sender's language, from a headline whose words are English around a brand name.

Round 185 demo rows (no note): "Founder | Comptoir des Épices – eco-friendly homeware" from Meera and "Founder of
Terre d'Ocre | Handmade goods e-shop" from Fatima got a French welcome. The words around the business name decide:
a brand name alone ("Comptoir des Épices", "Les Jardins de Marie", "El Rincón del Café", "Het Groene Huis") makes no
headline French, Spanish or Dutch, and a business of the owner's market says the owner's language only when the
sender's name does not read as another one. Headlines truly in French stay French; a French name keeps French.
"""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts.notefacts import headline_lang, reply_language


@pytest.mark.parametrize(("headline", "name"), [
    ("Founder | Comptoir des Épices – eco-friendly homeware", "Meera Patel"),
    ("Founder of Terre d'Ocre | Handmade goods e-shop", "Fatima Khan"),
    ("Founder | Les Jardins de Marie – handmade candles", "Priya Sharma"),
    ("Owner of La Maison du Savon | Natural skincare shop", "Aisha Rahman"),
])
def test_english_words_around_a_french_brand_get_an_english_welcome(headline: str, name: str) -> None:
    assert headline_lang(headline) == "en"
    assert reply_language("", None, headline, "fr", name) == "en"
    text = sample_draft("", headline=headline, name=name)
    assert text.startswith("Hello " + name.split()[0]) or text.startswith("Hi " + name.split()[0])
    assert "Merci" not in text and "Bonjour" not in text


@pytest.mark.parametrize(("headline", "owner"), [
    ("Founder @ El Rincón del Café | Specialty coffee roaster", "fr"),
    ("Owner | Bottega dei Sapori – artisan food online", "it"),
    ("Co-founder of Die Kleine Werkstatt | Handmade leather goods", "de"),
    ("Founder | Comptoir des Épices – eco-friendly homeware", "es"),
])
def test_a_brand_name_alone_makes_no_headline_another_language(headline: str, owner: str) -> None:
    assert headline_lang(headline) == "en"
    assert reply_language("", None, headline, owner, "Meera Patel") == "en"


@pytest.mark.parametrize(("headline", "lang"), [
    ("Fondatrice de Terre d'Ocre | Boutique de créations artisanales", "fr"),
    ("Fundadora de El Rincón del Café", "es"),
    ("Eigenaar van Het Groene Huis", "nl"),
    ("Inhaber von Cuir de Saône", "de"),
])
def test_headlines_truly_in_a_language_keep_it(headline: str, lang: str) -> None:
    assert headline_lang(headline) == lang
    assert reply_language("", None, headline, "fr", "Meera Patel") == lang


def test_french_headline_from_the_same_sender_keeps_the_french_welcome() -> None:
    text = sample_draft("", headline="Fondatrice de Terre d'Ocre | Boutique de créations artisanales", name="Fatima Khan")
    assert text.startswith("Bonjour Fatima")


@pytest.mark.parametrize("headline", ["Founder of Terre d'Ocre | Handmade goods e-shop", "Owner, Cuir de Saône"])
def test_an_owner_market_business_from_a_french_name_keeps_french(headline: str) -> None:
    assert reply_language("", None, headline, "fr", "Cyril Fleury") == "fr"
    assert reply_language("", None, headline, "fr") == "fr"
    assert sample_draft("", headline=headline, name="Cyril Fleury").startswith("Bonjour Cyril")


def test_an_italian_business_from_an_italian_name_keeps_italian() -> None:
    assert reply_language("", None, "Owner, Pasticceria Rossi", "it", "Giulia Bianchi") == "it"
    assert reply_language("", None, "Owner, Pasticceria Rossi", "it", "Aisha Khan") == "en"
