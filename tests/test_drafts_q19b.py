"""Round 19 (q19b): price questions, small budgets/businesses, referrers with a price question, the holding line,
indirect questions without "?"."""

from __future__ import annotations

import re

import pytest

from test_drafts import SAMPLE_OWNER, draft
from invitriage.settings import Settings

SMALL_OWNER = Settings(**{**SAMPLE_OWNER.__dict__, "help_whom": ["founders of small businesses and e-shops"]})

PRICE = [
    ("Hallo, wir sind ein Team von 7 Leuten. Was kostet bei Ihnen ein Instagram-Workshop für 7 Personen?", "de", "Instagram-Workshop"),
    ("Guten Tag, was würde eine SEO-Schulung für 4 Personen kosten?", "de", "SEO-Schulung für 4 Personen"),
    ("Hoi, wat kost een workshop SEO voor 5 personen ongeveer? Groet, Iris", "nl", "SEO-workshop voor 5 personen"),  # the Dutch compound (round 44 nl note-37)
    ("Bonjour, combien coûte un atelier Google Ads pour 6 personnes ?", "fr", "atelier Google Ads pour 6 personnes"),
    ("Ciao Camille, quanto costa un workshop di TikTok per 3 persone?", "it", "workshop di TikTok per 3 persone"),
    ("Hola, ¿cuánto cuesta un taller de SEO para 5 personas?", "es", "taller de SEO para 5 personas"),
    ("Oi Camille, quanto custa um workshop de Instagram para 4 pessoas?", "pt", "workshop de Instagram para 4 pessoas"),
    ("Hi Camille, how much does a Google Ads workshop for 5 people cost?", "en", "Google Ads workshop for 5 people"),
]


@pytest.mark.parametrize("note, lang, named", PRICE, ids=[p[1] + str(i) for i, p in enumerate(PRICE)])
def test_a_price_question_never_opens_with_yes_and_names_what_was_asked(note, lang, named):
    body = draft(note, lang, "business_proposal", settings=SAMPLE_OWNER).text.split("\n\n")[1]
    answer = body.split("\n", 1)[-1]
    assert not re.match(r"(?:Ja|Yes|Oui|Sì|Sí|Sim)\b", answer), body
    assert named in answer, body


SMALL = [
    ("Hallo Camille, machst du SEO-Audits auch für kleine Budgets?", "de", "kleine Budgets"),
    ("Hoi Camille, doe je ook SEO-audits voor kleine budgetten?", "nl", "kleine budgetten"),
    ("Bonjour, faites-vous des audits SEO pour les petits budgets ?", "fr", "petits budgets"),
    ("Hola Camille, ¿haces auditorías SEO para presupuestos pequeños?", "es", "presupuestos pequeños"),
    ("Ciao Camille, fai audit SEO anche per budget piccoli?", "it", "budget piccoli"),
    ("Hi Camille, do you do SEO audits for tiny budgets?", "en", "small budgets"),
    ("Oi Camille, você faz auditoria de SEO pra orçamentos pequenos?", "pt", "orçamentos pequenos"),
]


@pytest.mark.parametrize("note, lang, said", SMALL, ids=[s[1] for s in SMALL])
def test_a_small_budget_question_gets_the_budget_part_answered(note, lang, said):
    text = draft(note, lang, "ask_for_help", settings=SMALL_OWNER).text
    assert said in text and "SEO" in text, text
    assert text.count("Ja,") + text.count("Yes,") + text.count("Sí,") + text.count("Sì,") + text.count("Oui,") + text.count("Sim,") <= 1, text


def test_without_small_businesses_in_her_settings_no_small_claim():
    text = draft("Hi Camille, do you do SEO audits for tiny budgets?", "en", "ask_for_help", settings=SAMPLE_OWNER).text
    assert "small businesses" not in text, text


@pytest.mark.parametrize("note, lang, yes", [
    ("Hello Camille, do you consult for small businesses? I run a tiny candle brand.", "en", "Yes, I work a lot with small businesses"),
    ("Bonjour Camille, accompagnez-vous aussi les petites entreprises ?", "fr", "Oui, j'accompagne beaucoup de petites entreprises"),
    ("Hallo Frau Laurent, beraten Sie auch kleine Unternehmen?", "de", "Ja, ich berate viele kleine Unternehmen"),
    ("Hoi Camille, werk je ook met kleine bedrijven?", "nl", "Ja, ik begeleid veel kleine bedrijven"),
])
def test_do_you_consult_for_small_businesses_gets_an_explicit_yes(note, lang, yes):
    assert yes in draft(note, lang, "ask_for_help", settings=SMALL_OWNER).text


@pytest.mark.parametrize("note, lang, referrer", [
    ("Hola Camille, nos recomendó Sophie Bernard de la CCI. ¿Cuánto cuesta una auditoría SEO?", "es", "Sophie Bernard"),
    ("Hi Camille, Tom Baker gave me your name. How much would an SEO audit cost?", "en", "Tom Baker"),
    ("Hallo Camille, Markus Stein hat mir deinen Namen gegeben. Was kostet ein SEO-Audit?", "de", "Markus Stein"),
])
def test_a_price_question_with_a_referrer_thanks_the_referrer(note, lang, referrer):
    assert referrer in draft(note, lang, "client", settings=SAMPLE_OWNER).text


@pytest.mark.parametrize("note, lang, named", [
    ("Hallo Camille, ich wollte fragen, ob sich Pinterest für meinen kleinen Laden lohnt.", "de", "Pinterest"),
    ("Hoi Camille, ik vroeg me af of TikTok zinvol is voor mijn bakkerij.", "nl", "TikTok"),
    ("Bonjour Camille, je me demandais si Pinterest valait le coup pour ma boutique de bijoux.", "fr", "Pinterest"),
    ("Ciao Camille, mi chiedevo se valga la pena fare TikTok per il mio forno.", "it", "TikTok"),
])
def test_an_indirect_question_without_a_question_mark_is_answered(note, lang, named):
    text = draft(note, lang, "ask_for_help", settings=SAMPLE_OWNER).text
    assert named in text.split("\n\n")[1], text
    assert "15 min" not in text and "sort de mon domaine" not in text, text


@pytest.mark.parametrize("lang", ["fr", "en", "es", "it", "pt", "de", "nl"])
def test_the_holding_line_is_short_and_asks_one_fact(lang):
    notes = {"fr": "Bonjour Camille, est-ce qu'une newsletter a du sens pour ma petite cave à vin ?",
             "en": "Hi Camille, does a newsletter make sense for my little wine shop?",
             "es": "Hola Camille, ¿tiene sentido una newsletter para mi pequeña tienda de vinos?",
             "it": "Ciao Camille, ha senso una newsletter per il mio piccolo negozio di vini?",
             "pt": "Olá Camille, faz sentido uma newsletter para a minha pequena loja de vinhos?",
             "de": "Hallo Camille, lohnt sich ein Newsletter für meinen kleinen Weinladen?",
             "nl": "Hoi Camille, heeft een nieuwsbrief zin voor mijn kleine wijnwinkel?"}
    text = draft(notes[lang], lang, "ask_for_help", settings=SAMPLE_OWNER).text
    # never the formulaic "in writing here or in a 15-minute call"
    assert not re.search(r"par écrit|por escrito|per iscritto|schriftlich|op schrift|in writing|write back here", text), text
