"""Questions only the owner can answer: her FAQ answers tool choices, plugin choices, ad platforms for a kind of shop,
"is SEO dying with AI", "is a blog still worth it" and her own path; a tool question nothing covers is never a pretend
answer ("I'll answer here with the tool I'd recommend")."""

from __future__ import annotations

import pytest
from drafting import SAMPLE, sample_draft

from invitriage.drafts import faq


@pytest.mark.parametrize("note", [
    "Hallo Camille, welches Tool nimmst du für die Keyword-Recherche: Ahrefs oder Semrush? Ich starte gerade einen Reiseblog.",
    "Ciao Camille, per fare keyword research sul mio e-commerce di ceramiche quale strumento usi? Semrush costa troppo per me.",
])
def test_seo_tool_question_names_the_tools(note: str) -> None:
    text = sample_draft(note)
    assert "Semrush" in text and "Search Console" in text
    assert not any(w in text for w in ("antworte dir hier", "rispondo qui", "antwoord je hier"))


def test_audit_tool_question_with_a_price_worry_gets_the_free_crawler() -> None:
    # a tool "for an SEO audit" is a crawler (wave 164 B): the free version answers "Ahrefs is too expensive" too
    text = sample_draft("Hoi Camille, welke tool raad je aan voor een SEO-audit van mijn webshop? Ahrefs is veel te duur voor mij.")
    assert "Screaming Frog" in text and "gratis" in text
    assert "antwoord je hier" not in text


@pytest.mark.parametrize("note", [
    "Hola Camille, ¿Rank Math o Yoast para la web WordPress de mi peluquería? Gracias",
    "Salut Camille, pour le site WordPress de mon gîte, tu prendrais Yoast ou Rank Math ?",
    "Hi Camille, Yoast or Rank Math for my yoga studio's WordPress site? Thanks!",
])
def test_plugin_choice_is_answered(note: str) -> None:
    text = sample_draft(note)
    assert "Rank Math" in text and ("Yoast" in text)
    assert "reply here with the one" not in text


@pytest.mark.parametrize("note,lang_word", [
    ("Olá Camille! Para uma loja online de roupa de bebé, compensa mais anunciar no TikTok ou na Meta?", "Meta"),
    ("Hallo Camille, für meinen kleinen Laden mit Taschen: lieber Meta Ads oder TikTok Ads?", "Meta"),
])
def test_meta_or_tiktok_for_a_shop(note: str, lang_word: str) -> None:
    text = sample_draft(note)
    assert "TikTok" in text and lang_word in text
    assert "Blueprint" not in text and "Jon Loomer" not in text


@pytest.mark.parametrize("note", [
    "Hallo Camille, für meinen Schmuck-Onlineshop: lieber mit Google Ads oder mit Meta Ads starten?",
    "Bonjour Camille, pour ma boutique de bijoux en ligne, Meta ou Google Ads pour commencer ?",
    "Hi Camille, Meta or Google ads first for my handmade jewelry store?",
])
def test_meta_or_google_for_a_visual_product_concludes_without_an_invented_budget(note: str) -> None:
    text = sample_draft(note)
    assert "Meta" in text and "Google Ads" in text
    assert "300" not in text
    assert any(w in text for w in ("visuellen", "visuel", "visual"))


@pytest.mark.parametrize("note,word", [
    ("Hi Camille, everyone says SEO is dead because of ChatGPT and AI Overviews. Do you think it's still worth investing in SEO?",
     "isn't going away"),
    ("Bonjour Camille, avec l'IA de Google, le référencement naturel va-t-il disparaître selon vous ?", "ne disparaît pas"),
    ("Ciao Camille, secondo te la SEO perderà importanza con l'intelligenza artificiale?", "non sparirà"),
])
def test_is_seo_dying_is_answered(note: str, word: str) -> None:
    text = sample_draft(note)
    assert word in text
    assert "budget" not in text.lower() and "orçamento" not in text


@pytest.mark.parametrize("note,word", [
    ("Hallo Camille, kurze Frage zu deinem Post über SEO: lohnt es sich für meinen kleinen Teeshop noch, Blogartikel zu schreiben?",
     "Ein Blog lohnt sich, wenn"),
    ("Hola Camille, una duda: ¿todavía vale la pena escribir artículos de blog para mi pequeña tienda online de cosmética?",
     "Un blog vale la pena si"),
    ("Hoi Camille, ik las je post over SEO. Vraagje: heeft een blog nog zin voor mijn kleine webshop met kaarsen?", "Een blog loont als"),
])
def test_is_a_blog_still_worth_it(note: str, word: str) -> None:
    text = sample_draft(note)
    assert word in text and "Budget" not in text


@pytest.mark.parametrize("note,word", [
    ("Hoi Camille, hoe ben jij eigenlijk in SEO terechtgekomen? Ik sta zelf aan het begin van mijn loopbaan.", "zelfstandige"),
    ("Salut Camille ! Comment es-tu devenue consultante SEO ? Je suis en reconversion et ça m'inspire.", "indépendante"),
    ("Hey Camille, how did you end up doing SEO as a freelancer? Would love any tips, I'm just starting.", "freelance"),
])
def test_her_own_path_is_told(note: str, word: str) -> None:
    assert word in sample_draft(note)


def test_a_how_to_question_is_not_about_her() -> None:
    assert faq.is_self("how did you get into seo?")
    assert not faq.is_self("how do you get into seo without a degree?")
    assert not faq.is_self("how do i get into seo?")


def test_tool_choice_without_an_entry_never_pretends_to_answer() -> None:
    from invitriage.settings import Settings
    from invitriage.drafts.writer import draft_for
    owner = Settings(owner_name="Camille Laurent", signature="Camille", language="fr", offer=["SEO", "social ads"])
    notes = {"de": "Hey Camille, kurze Frage: welches Tool nutzt du für Keyword-Recherche, Semrush oder Ahrefs? Danke!",
             "nl": "Hoi Camille, welke tool gebruik jij voor keyword research, Semrush of Ahrefs? Bedankt!",
             "it": "Ciao Camille, per la SEO usi di più Semrush o Ahrefs? Grazie!"}
    for lang, note in notes.items():
        d = draft_for({"name": "Alex Martin", "note": note, "headline": "", "lang": lang, "intent": "ask_for_help",
                       "action": "reply", "evidence": []}, owner)
        assert d is not None
        assert not any(w in d.text for w in ("Ich antworte dir hier", "ik antwoord je hier", "ti rispondo qui")), d.text


def test_a_question_on_agencies_keeps_its_own_subject() -> None:
    # the tools the job seeker names before the question are not what she asks about
    note = ("Hallo Camille, ich suche eine Werkstudentenstelle im SEO und kenne Sistrix und Semrush schon gut. "
            "Kennst du Agenturen in Frankreich, die deutschsprachige Studierende suchen?")
    assert "Screaming Frog" not in sample_draft(note)


def test_the_sample_faq_texts_fit() -> None:
    # a rule's answer (rule = "local_ads" …) stands alone as the draft's body and may run to 360 (settings.py)
    assert all(len(t) <= (360 if e.get("rule") else 320) for e in SAMPLE.answers for t in e.get("texts", {}).values())
