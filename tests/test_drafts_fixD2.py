"""Details the first wave left: the client's own size and market in the need, the owner's tips thanked for or applied
named, and a conversation on a topic answered on that topic."""

from __future__ import annotations

import pytest

from invitriage.drafts.exchange import views_on
from invitriage.drafts.told import scope_phrase, tip_line
from tests.drafting import draft, sample_draft


@pytest.mark.parametrize("note,lang,scope", [
    ("Bonjour Madame Laurent, responsable marketing d'une chaîne de bricolage, j'aimerais vous parler d'un accompagnement SEO local pour nos 18 magasins. Cordialement, Paul Girard",
     "fr", "pour vos 18 magasins"),
    ("Hello Ms Laurent, we run 9 stores in the Midlands and need help with our local SEO. Could we talk? Best regards, Tom Baker",
     "en", "for your 9 stores"),
    ("Sehr geehrte Frau Laurent, wir betreiben 14 Filialen in Süddeutschland und suchen Unterstützung bei SEO. Mit freundlichen Grüßen, Jana Vogt",
     "de", "für Ihre 14 Filialen"),
    ("Geachte mevrouw Laurent, wij zijn een keten van 6 winkels en zoeken een consultant voor onze SEO. Kunnen we een keer bellen? Met vriendelijke groet, Bas de Vries",
     "nl", "voor uw 6 winkels"),
])
def test_the_clients_number_of_shops_is_named(note: str, lang: str, scope: str) -> None:
    assert scope_phrase(note, lang, informal=False) == scope
    text = sample_draft(note)
    assert scope in text or scope.replace("pour ", "de ", 1) in text, text  # d36: "sur le SEO de vos 18 magasins"


@pytest.mark.parametrize("note,lang,market", [
    ("Dear Ms Laurent, our Irish skincare brand is launching into France this spring and we need someone for our French SEO. Regards, Niamh",
     "en", "for the French market"),
    ("Buongiorno, siamo un'azienda di arredamento di Verona e cerchiamo una consulente per la nostra strategia SEO sul mercato francese. Possiamo sentirci? Paolo",
     "it", "per il mercato francese"),
    ("Geachte mevrouw Laurent, voor onze uitbreiding naar Frankrijk zoeken wij een consultant voor onze SEO-strategie. Heeft u tijd voor een gesprek? Met vriendelijke groet, Eva",
     "nl", "voor de Franse markt"),
])
def test_the_french_market_is_named_in_the_need(note: str, lang: str, market: str) -> None:
    assert scope_phrase(note, lang, informal=False) == market
    assert market in sample_draft(note)


@pytest.mark.parametrize("note,lang,scope", [
    ("Estimada Sra. Laurent, tenemos 25 restaurantes en Andalucía y buscamos ayuda con el SEO local. Saludos, Marta Ruiz", "es", "para sus 25 restaurantes"),
    ("Ciao Camille, gestiamo 4 negozi di bici a Torino e ci serve una mano con i social. Luca", "it", "per i tuoi 4 negozi"),
    ("Olá Camille, temos 3 lojas de roupa em Braga e precisamos de ajuda com o SEO. Cumprimentos, Rita", "pt", "para as suas 3 lojas"),
])
def test_the_size_in_other_languages(note: str, lang: str, scope: str) -> None:
    assert scope_phrase(note, lang, informal=lang == "it") == scope


def test_a_budget_or_a_year_is_no_size() -> None:
    assert scope_phrase("Our budget is 500 euros a month and we have 2025 in mind.", "en", informal=False) == ""
    assert scope_phrase("Nous avons 3 enfants et une boutique.", "fr", informal=False) == ""


@pytest.mark.parametrize("note,lang,intent,named", [
    ("salut Camille, on s'est vues au meetup e-commerce jeudi, merci pour tes astuces sur Pinterest ! Léa", "fr", "met_before", "conseils sur Pinterest"),
    ("Hi Camille, thanks a lot for your tips on Google Business Profile at the Lyon breakfast! Sam", "en", "met_before", "tips on Google Business Profile"),
    ("Hallo Camille, ich habe deine Tipps zu Instagram-Reels letzte Woche direkt in meinem Café umgesetzt. Liebe Grüße, Jonas", "de", "content",
     "Tipps zu Instagram-Reels schon umsetzen"),
    ("Ciao Camille, grazie mille per i consigli sulle newsletter, li sto già usando! Marta", "it", "content", "consigli sulle newsletter"),
    ("Oi Camille, já apliquei as tuas dicas sobre hashtags na minha loja. Beijinhos, Inês", "pt", "content", "dicas sobre hashtags"),
    ("Hoi Camille, ik heb je tips over productfoto's meteen toegepast in mijn webshop. Groetjes, Fleur", "nl", "content", "tips over productfoto's meteen hebt toegepast"),
])
def test_her_tips_thanked_for_or_applied_are_named(note: str, lang: str, intent: str, named: str) -> None:
    text = draft(note, lang, intent)
    assert named in text
    assert text.count(named) == 1  # named once, never twice


def test_a_request_for_tips_is_no_thanks() -> None:
    assert tip_line("Any tips on local SEO for a bakery?", "en", informal=True) == ""
    assert tip_line("Tu aurais des conseils sur TikTok pour ma boutique ?", "fr", informal=True) == ""
    assert "Avec plaisir pour les conseils" not in draft("Tu aurais des conseils sur TikTok pour ma boutique ?", "fr", "ask_for_help")


@pytest.mark.parametrize("note,lang,topic", [
    ("Als Leiterin E-Commerce würde ich mich über ein Gespräch über Social Ads für Marktplätze freuen. Viele Grüße, Anna", "de", "über Social Ads für Marktplätze"),
    ("As CMO of a Berlin startup, I'd value a chat about TikTok ads for B2B sometime. Best, Lena", "en", "TikTok ads for B2B"),
    ("Hola Camille, me encantaría una charla sobre SEO para marketplaces. Un saludo, Jorge", "es", "SEO para marketplaces"),
    ("Beste Camille, een gesprek over contentstrategie voor SaaS zou ik erg waardevol vinden. Groet, Tim", "nl", "contentstrategie voor SaaS"),
])
def test_a_conversation_on_a_topic_is_answered_on_that_topic(note: str, lang: str, topic: str) -> None:
    assert views_on(note, lang) == topic


@pytest.mark.parametrize("note,lang", [
    ("I'd love a chat about my new project!", "en"),
    ("J'aimerais un échange sur une éventuelle collaboration.", "fr"),
    ("Ich würde mich über einen Austausch über unsere Zusammenarbeit freuen.", "de"),
    ("Zou graag een gesprek over een mogelijke samenwerking hebben.", "nl"),
])
def test_a_conversation_on_their_project_or_a_collaboration_is_no_topic(note: str, lang: str) -> None:
    assert views_on(note, lang) == ""
