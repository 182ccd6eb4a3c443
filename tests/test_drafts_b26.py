"""Wave 26, helper b: questions answered (an either/or between two ad channels, reels or ads, a small shop stuck on
Instagram, "your opinion" asked about the question itself)."""

from __future__ import annotations

from drafting import SAMPLE

from invitriage.drafts import faq
from invitriage.drafts.writer import draft_for


def _sample(note: str, lang: str, intent: str = "ask_for_help") -> str:
    d = draft_for({"name": "Alex Martin", "note": note, "headline": "", "lang": lang, "intent": intent, "action": "reply",
                   "evidence": []}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


def test_google_shopping_or_meta_is_answered_in_several_languages() -> None:
    de = _sample("Hi Camille, wir verkaufen Kaffee über einen kleinen Shopify-Shop. Eher Google Shopping oder "
                 "Meta-Anzeigen bei 800 € im Monat? Danke, Jonas", "de")
    fr = _sample("Bonjour Camille, petite boutique en ligne de thé ici. Google Shopping ou pub Meta pour démarrer selon "
                 "toi ? Merci ! Léa", "fr")
    nl = _sample("Hoi Camille, ik verkoop thee via mijn webshop. Google Shopping of Facebook ads, wat zou jij doen? Tim", "nl")
    assert "Google Shopping, wenn" in de and "Meta, wenn" in de
    assert "Google Shopping si" in fr and "Meta si" in fr
    assert "Google Shopping als" in nl and "Meta als" in nl
    for text in (de, fr, nl):
        assert "ansehen" not in text and "regarde" not in text


def test_an_abbreviation_ends_no_question() -> None:
    # "ca." / "env." / "approx." inside the question: still one question weighing two things
    entries = [{"when": ["google shopping"], "versus": ["meta ads"], "texts": {"de": "Beides.", "en": "Both."}}]
    assert faq.match("Ich habe einen Shop. Lohnt sich Google Shopping bei ca. 1500 € oder eher Meta Ads?", entries, "de") == "Beides."
    assert faq.match("I run a shop. Google Shopping with approx. 900 a month, or Meta Ads?", entries, "en") == "Both."


def test_opinion_on_the_question_is_no_review_request() -> None:
    de = _sample("Hallo Camille, mein Onlineshop verkauft Tee. Lohnt sich Google Shopping bei ca. 1500 € im Monat oder "
                 "eher Meta Ads? Über deine Einschätzung würde ich mich freuen. Ben", "de")
    assert "ansehen soll" not in de and "Google Shopping" in de
    en = _sample("Hi Camille, small online tea shop here. Google Shopping or Meta ads on a modest budget? "
                 "Would love your take. Sam", "en")
    assert "Google Shopping if" in en and "send me" not in en.lower()


def test_reels_or_ads_is_answered() -> None:
    nl = _sample("hoi camille, mijn webshop met keramiek groeit niet op insta.. beter meer reels posten of gaan "
                 "adverteren? groetjes lotte", "nl", "business_proposal")
    es = _sample("Hola Camille, tengo una tienda online de velas y mi Instagram no crece. ¿Hago más reels o pruebo con "
                 "anuncios? Gracias, Marta", "es")
    it = _sample("Ciao Camille, ho un piccolo shop di borse fatte a mano e su Instagram sono ferma. Meglio pubblicare più "
                 "reel o fare annunci? Giulia", "it")
    assert nl.count("reels") >= 2 and "Eerst reels" in nl and "budget" not in nl.split("Eerst")[0]
    assert "Primero reels" in es
    assert "Prima i reel" in it


def test_stuck_on_instagram_gets_an_instagram_answer() -> None:
    de = _sample("hey camille, hab einen kleinen laden mit onlineshop und komme auf instagram einfach nicht weiter. "
                 "wo soll ich anfangen? lg mia", "de")
    en = _sample("Hi Camille, I run a tiny bakery with an online shop and I'm really struggling with Instagram. "
                 "Where should I start? Tom", "en")
    assert "Auf Instagram" in de and "Reels" in de and "Produkttitel" not in de
    assert "On Instagram" in en and "reels" in en and "product titles" not in en


def test_a_reader_facing_the_issue_is_offered_an_exchange() -> None:
    en = _sample("Hi Camille, your article on consent mode was spot on. Our retail team is dealing with exactly this right "
                 "now. Regards, Nina", "en", "content")
    fr = _sample("Bonjour Camille, merci pour votre article sur la fin des cookies tiers. Dans notre PME, on se pose "
                 "justement ces questions. Julien", "fr", "content")
    it = _sample("Buongiorno Camille, il suo articolo sui cookie di terze parti è chiarissimo. Nella nostra azienda stiamo "
                 "affrontando proprio questo tema. Cordiali saluti, Paolo", "it", "content")
    nl = _sample("Hoi Camille, sterk artikel over de cookieloze toekomst. Bij onze retailer worstelen we nu precies met dit "
                 "vraagstuk. Groet, Bram", "nl", "content")
    assert "cover next" not in en and "call" in en
    assert "prochainement" not in fr and "appel" in fr
    assert "telefonata" in it
    assert "bellen" in nl and "onderwerp" not in nl
    plain = _sample("Hi Camille, loved your post on cookies, really clear! Tom", "en", "content")
    assert "call" not in plain
