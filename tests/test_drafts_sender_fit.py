"""Advice and thanks that fit the sender (wave 93, group U): a Brazilian writer answered in Brazilian Portuguese,
a question about a post thanked as reading it (never as liking it)."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note", [
    "Camille, li seu post sobre o algoritmo do LinkedIn e fiquei com uma duvida: postar carrossel em PDF ainda da mais alcance que video? Obrigado!",
    "Oi Camille, li seu artigo sobre o algoritmo do LinkedIn. Carrossel em PDF ainda da mais alcance que video?",
    "Camille, vi seu post sobre o algoritmo do LinkedIn: carrossel ou video, qual da mais alcance hoje?",
])
def test_brazilian_question_about_a_post_is_answered_in_brazilian(note: str) -> None:
    text = sample_draft(note, headline="", name="André Barbosa")
    assert "engajamento" in text or "me dizer" in text or "me conta" in text
    for pt_pt in ("envolvimento", "diga-me", "gostou de ler"):
        assert pt_pt not in text


@pytest.mark.parametrize("note, read", [
    ("Olá Camille, li o seu artigo sobre SEO local. Vale a pena criar uma página por cidade?", "por ter lido o meu artigo"),
    ("Olá Camille, li o teu post sobre o algoritmo do LinkedIn. Achas que o carrossel em PDF ainda dá mais alcance do que o vídeo?", "por teres lido a minha publicação"),
])
def test_portuguese_question_about_a_piece_thanks_for_reading_not_liking(note: str, read: str) -> None:
    text = sample_draft(note, headline="", name="André Barbosa")
    assert read in text
    assert "gostou de ler" not in text and "gostaste de ler" not in text


@pytest.mark.parametrize("note", [
    "Olá Camille, adorei o seu artigo sobre SEO local, muito claro! Obrigado pela partilha.",
    "Olá! Li o seu artigo sobre SEO local e achei muito pertinente. Gostava de acompanhar o seu trabalho.",
])
def test_portuguese_note_on_a_piece_without_a_question_still_glad_it_was_liked(note: str) -> None:
    text = sample_draft(note, headline="", name="André Barbosa")
    assert "gostou de ler o meu artigo" in text and "por ter lido" not in text


@pytest.mark.parametrize("note, lang_words", [
    ("Hi Camille, I run a small online pottery shop on Shopify and my Instagram ads keep burning money with no sales 😩 "
     "Is it worth hiring someone or should I learn it myself first?", ("Hiring or learning?", "yourself first")),
    ("Hallo Camille, ich habe einen kleinen Onlineshop und meine Instagram-Werbung bringt keine Verkäufe. "
     "Soll ich jemanden beauftragen oder es selbst lernen?", ("selbst lernen?", "Mach erst selbst")),
    ("Hoi Camille, ik heb een kleine webshop en mijn advertenties op Instagram leveren niets op. Moet ik iemand inhuren of het zelf leren?",
     ("zelf leren?", "Doe eerst zelf")),
    ("Oi Camille, tenho uma loja online e meus anúncios no Instagram não vendem nada. Vale a pena contratar alguém ou aprender sozinho?",
     ("Contratar ou aprender?", "por conta própria")),
    ("Bonjour Camille, j'ai une petite boutique en ligne et mes pubs Instagram me coûtent cher sans aucune vente. "
     "Vaut-il mieux déléguer à quelqu'un ou apprendre moi-même ?", ("Déléguer ou apprendre ?", "faites-vous aider")),
])
def test_hire_or_learn_question_is_answered_after_the_ads_advice(note: str, lang_words: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Owner", name="Emily Roberts")
    for words in lang_words:
        assert words in text
    for generic in ("tell me where you're at", "dimmi pure a che punto", "sag mir", "me conta em que ponto"):
        assert generic not in text


@pytest.mark.parametrize("note, words", [
    ("Ciao Camille! Ho aperto da poco un agriturismo in Toscana e vorrei attirare più turisti francesi. "
     "Conviene puntare su Google Ads o su Instagram? Grazie in anticipo, Matteo Lombardi", ("partirei da Google Ads", "prenotazioni")),
    ("Bonjour Camille, nous avons ouvert un gîte dans le Vercors. Pour avoir plus de réservations, plutôt Google Ads ou Instagram ?",
     ("Pour un hébergement", "réservations")),
    ("Hi Camille, we run a small B&B in Cornwall and want more guests from France. Google Ads or Facebook, what would you do?",
     ("For a place to stay", "bookings")),
    ("Hallo Camille, wir vermieten eine Ferienwohnung an der Ostsee. Lohnt sich eher Google Ads oder Instagram?", ("Unterkunft", "Buchungen")),
    ("Hola Camille, tengo una casa rural en Asturias. ¿Me conviene más Google Ads o Instagram para atraer franceses?", ("alojamiento", "reservas")),
    ("Hoi Camille, wij hebben een vakantiehuis in de Ardennen. Google Ads of Instagram, wat raad je aan?", ("accommodatie", "boekingen")),
])
def test_place_to_stay_weighing_google_and_instagram_gets_bookings_advice(note: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="", name="Matteo Lombardi")
    for word in words:
        assert word in text
    for product in ("prodotto", "costo per vendita", "produit", "product", "Produkt", "producto", "cost per sale", "sceglierne una che dividere"):
        assert product not in text


def test_online_shop_weighing_google_and_instagram_keeps_the_product_advice() -> None:
    text = sample_draft("Ciao Camille, ho un negozio di ceramiche online. Conviene puntare su Google Ads o su Instagram?",
                        headline="", name="Matteo Lombardi")
    assert "prodotto" in text and "prenotazioni" not in text
