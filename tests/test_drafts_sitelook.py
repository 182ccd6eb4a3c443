"""A look asked at the sender's own site or shop: congratulations when it is new, the link asked (or the one given
looked at), never a discovery call about their budget nor a question back (wave 50, fr_en note-19, note-41; de_nl note-30)."""

from __future__ import annotations

import pytest

from drafting import sample_draft

BUDGET = ("budget", "Budget", "presupuesto", "orçamento", "appel de 20 minutes", "How are things going")


@pytest.mark.parametrize("note, headline, wanted", [
    ("Coucou Camille ! On était ensemble au workshop SEO à Villeurbanne. J'ai enfin lancé mon site, j'aimerais bien ton avis dessus quand t'as 5 min 😊",
     "Créatrice de bijoux", ("Bravo pour le lancement", "Envoie-moi le lien de ton site")),
    ("Hey Camille! It's Ben from the growth hacking meetup in Lyon. Just launched my store - would love your honest feedback when you get a sec",
     "Founder @ Trailmix Co.", ("Congrats on the launch", "send me the link to your shop")),
    ("Bonjour Camille, je viens d'ouvrir ma boutique en ligne de savons. Pourriez-vous y jeter un œil et me donner votre avis ?",
     "Fondatrice - Savons d'Ici", ("Félicitations pour le lancement", "lien de votre boutique")),
    ("Hola Camille, acabo de lanzar mi tienda online de cerámica. ¿Me darías tu opinión cuando tengas un momento?",
     "Fundadora de Barro", ("Enhorabuena por el lanzamiento", "enlace de tu tienda")),
    ("Ciao Camille! Ho appena aperto il mio negozio online di gioielli, ti andrebbe di darci un'occhiata e dirmi cosa ne pensi?",
     "Titolare, Ori", ("Complimenti per il lancio", "link del tuo negozio")),
    ("Olá Camille, abri a minha loja online de cerâmica. Podias dar uma vista de olhos e dar-me a tua opinião?",
     "Fundadora", ("Parabéns pelo lançamento", "link da tua loja")),
    ("Hallo Camille, ich habe gerade meinen Onlineshop für Holzspielzeug gestartet. Magst du mal drüberschauen und mir Feedback geben?",
     "Inhaberin Holzwerk", ("Glückwunsch zum Launch", "Link zu deinem Shop")),
    ("Hoi Camille, ik heb net mijn webshop gelanceerd! Wil je er even naar kijken en me feedback geven?",
     "Eigenaar Bloemig", ("Gefeliciteerd met de lancering", "link naar je webshop")),
])
def test_a_new_site_or_shop_is_congratulated_and_its_link_asked(note: str, headline: str, wanted: tuple[str, ...]) -> None:
    text = sample_draft(note, headline=headline, name="Alex Martin")
    for words in wanted:
        assert words.casefold() in text.casefold(), text
    assert not any(bad in text for bad in BUDGET), text


def test_the_link_given_is_looked_at_never_asked_for() -> None:
    text = sample_draft("Hey Camille, just opened my Etsy shop! Would you have a look and tell me what you think? Link is in my bio.",
                        headline="Maker", name="Jo Smith")
    assert "I'll have a look at your shop" in text and "send me the link" not in text.casefold(), text


def test_a_launch_still_to_come_is_not_congratulated() -> None:
    text = sample_draft("Coucou Camille, je vais lancer ma boutique le mois prochain, tu pourrais jeter un œil à la maquette de mon site ?",
                        headline="Créatrice", name="Léa Durand")
    assert "lien de ta boutique" in text and "Bravo pour le lancement" not in text and "budget" not in text, text


@pytest.mark.parametrize("note", ["Hi Camille, I'd love your opinion on LinkedIn ads for my store.",
                                  "Hi Camille, any tips for the SEO of my shop? I'm struggling with product pages."])
def test_a_question_about_their_shop_is_no_look_at_it(note: str) -> None:
    assert "send me the link" not in sample_draft(note, headline="Founder, Wick & Co").casefold()


def test_their_thoughts_asked_never_make_a_referrer() -> None:
    text = sample_draft("Hi Camille! We met at the Lyon SEO meetup. I finally launched my website. Would love your thoughts: www.lunaplants.com",
                        headline="Owner, Luna Plants", name="Tom Reed")
    assert "Would" not in text and "I'll have a look at your site" in text, text


@pytest.mark.parametrize("note, shop", [
    ("hoi camille, je post over instagram reels was echt super handig!! ik ben net begonnen met mn eigen keramiek winkeltje online, zou leuk zijn om wat tips uit te wisselen :)",
     "je eigen keramiek winkel"),
    ("Hoi Camille, leuke post over SEO! Ik ben vorige maand gestart met m'n eigen webshopje in tweedehands kinderkleding.", "je eigen webshop"),
])
def test_a_dutch_shop_just_started_is_wished_well(note: str, shop: str) -> None:
    text = sample_draft(note, headline="Eigenaar", name="Emma de Vries")
    assert f"Veel succes met {shop}" in text, text
