"""Wave 41, group A (the owner's answers): her material asked for as a PDF or a slide deck gets it named and sent here,
how often she updates old articles (and how she picks them) answered, a crawler question answered with the crawlers,
a shop's "where do I start??" after an emoji answered, SEO certificates aimed at SEO, "is Google Ads still worth it?"
answered yes-first, a peer's measurement question (long sales cycle, GA4 vs Universal Analytics) answered as one peer
to another, with the question back instead of "tell me where you stand"."""

from __future__ import annotations


import pytest

from invitriage.drafts.writer import draft_for

from drafting import SAMPLE  # noqa: E402 - the sample owner, loaded once for every draft test

BUDGET = ("budget", "presupuesto", "orçamento", "orcamento", "Budget", "bedrijf en je budget")


def draft(note: str, lang: str, headline: str = "", intent: str = "content") -> str:
    d = draft_for({"name": "Alex Martin", "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply"}, SAMPLE)
    assert d is not None
    return d.text


MATERIAL = [  # (note, lang, the material named in the reply)
    ("Hello Camille, loved yesterday's talk on local SEO. Is the slide deck online anywhere?", "en", "the slides"),
    ("Hi Camille, your content checklist from last week's newsletter is great, could I get it as a PDF?", "en", "the checklist"),
    ("Hallo Camille, dein Leitfaden zu Google Ads im Newsletter war toll. Gibt es den auch als PDF?", "de", "den Leitfaden"),
    ("Hoi Camille, mooie checklist in je laatste nieuwsbrief! Heb je die ook als pdf?", "nl", "de checklist"),
    ("Bonjour Camille, ta checklist SEO de la newsletter est top. Elle existe en PDF ?", "fr", "la checklist"),
    ("Hola Camille, me encantó tu guía de contenidos de la newsletter. ¿La tienes en PDF?", "es", "la guía"),
    ("Ciao Camille, la tua checklist sulla SEO nella newsletter è utilissima. C'è anche in PDF?", "it", "la checklist"),
]


@pytest.mark.parametrize("note,lang,thing", MATERIAL)
def test_material_asked_as_pdf_or_deck_is_named_and_sent_here(note: str, lang: str, thing: str) -> None:
    text = draft(note, lang)
    assert thing in text
    assert not any(w in text for w in BUDGET)
    assert "15 Minuten" not in text and "15 minuten" not in text and "15 minutes" not in text


def test_own_document_as_pdf_is_no_material_asked() -> None:
    text = draft("Hi Camille, I'm looking for an SEO internship. Can I send you my CV as a PDF?", "en", intent="job_seeking")
    assert "the checklist" not in text and "the link" not in text


UPDATES = [  # (note, lang, headline, words of her answer)
    ("Hi Camille, great panel on evergreen content! How often do you update your old articles?", "en", "", "twice a year"),
    ("Salut Camille, super table ronde ! Tous les combien tu mets à jour tes anciens articles ?", "fr", "", "deux fois par an"),
    ("Hallo Camille, wie oft aktualisierst du eigentlich alte Artikel im Blog?", "de", "", "zweimal im Jahr"),
    ("Hola Camille, ¿cada cuánto actualizas los artículos viejos del blog?", "es", "", "dos veces al año"),
    ("Ciao Camille, ogni quanto aggiorni gli articoli vecchi?", "it", "", "due volte l'anno"),
    ("Oi Camille! Que ferramenta você usa pra decidir quais artigos antigos atualizar primeiro?", "pt", "", "Search Console"),
    ("Hoi Camille, hoe vaak werk je oude artikelen bij op je blog?", "nl", "", "twee keer per jaar"),
]


@pytest.mark.parametrize("note,lang,headline,words", UPDATES)
def test_how_often_she_updates_old_articles(note: str, lang: str, headline: str, words: str) -> None:
    text = draft(note, lang, headline, intent="ask_for_help")
    assert words in text
    assert "al mese" not in text and "a month" not in text and "par mois" not in text  # never the publishing frequency


CRAWLERS = [
    ("Hi Camille, fellow SEO here. For technical audits, do you prefer Screaming Frog or Sitebulb?", "en", "SEO Consultant", "Sitebulb"),
    ("Salut Camille, pour tes audits techniques tu pars sur Screaming Frog ou Sitebulb ?", "fr", "Consultant SEO", "Sitebulb"),
    ("Hallo Camille, welchen Crawler nimmst du für technische Audits, Screaming Frog oder Sitebulb?", "de", "SEO Spezialist", "Sitebulb"),
    ("Hoi Camille, waarmee doe jij technische audits: Screaming Frog of Sitebulb?", "nl", "SEO specialist", "Sitebulb"),
]


@pytest.mark.parametrize("note,lang,headline,words", CRAWLERS)
def test_crawler_question_gets_the_crawlers_not_keyword_tools(note: str, lang: str, headline: str, words: str) -> None:
    text = draft(note, lang, headline, intent="ask_for_help")
    assert words in text and "Screaming Frog" in text
    assert "Semrush" not in text and "Keyword" not in text and "Zoekwoordplanner" not in text


@pytest.mark.parametrize("note,lang,words", [
    ("ciao camille ho appena lanciato un e-shop di ceramiche e della SEO non so niente 🙈 da dove parto?", "it", "schede prodotto"),
    ("hola camille acabo de abrir una tienda online de velas y no sé nada de SEO 😅 ¿por dónde empiezo?", "es", "producto"),
])
def test_where_do_i_start_after_an_emoji_gets_the_shop_answer(note: str, lang: str, words: str) -> None:
    text = draft(note, lang, intent="ask_for_help")
    assert words in text
    assert "budget" not in text and "presupuesto" not in text


@pytest.mark.parametrize("note,lang", [
    ("Hallo Camille, ich mache eine Ausbildung im Marketing. Welche Zertifikate empfiehlst du für den Einstieg ins SEO? Google, HubSpot?", "de"),
    ("Ciao Camille, quali certificazioni mi consigli per entrare nella SEO? Google, HubSpot...?", "it"),
])
def test_seo_certificates_asked_get_the_seo_answer_first(note: str, lang: str) -> None:
    text = draft(note, lang, intent="ask_for_help")
    assert "Semrush Academy" in text
    assert "Meta Blueprint" not in text


@pytest.mark.parametrize("note,lang,yes", [
    ("oi camille, li seu post de google ads, ainda vale a pena pra um negócio pequeno?", "pt", "Sim,"),
    ("Hi Camille, saw your Google Ads post. Is it still worth it for a small business?", "en", "Yes,"),
    ("Hallo Camille, lohnt sich Google Ads noch für kleine Unternehmen?", "de", "Ja,"),
    ("Hoi Camille, is Google Ads nog de moeite waard voor een klein bedrijf?", "nl", "Ja,"),
])
def test_google_ads_worth_it_is_answered_yes_first(note: str, lang: str, yes: str) -> None:
    text = draft(note, lang)
    assert yes in text
    assert text.count("Google Ads") <= 1 or "post" in text.lower() or "Beitrag" in text
    assert "me conta um pouco do seu negócio" not in text


PEERS = [  # (note, lang, headline, words of the answer, the question back)
    ("Hi Camille, read your post on LinkedIn Ads. How do you track conversions when the sales cycle is nine months?", "en",
     "Performance Marketer | SaaS", "offline conversions", "How do you handle it on your side?"),
    ("Hallo Camille, wie misst du Conversions bei einem Verkaufszyklus von einem Jahr?", "de", "Growth Manager, B2B", "Offline-Conversions", "Wie machst du das bei dir?"),
    ("Bonjour Camille, comment mesurez-vous les conversions quand le cycle de vente dure plusieurs mois ?", "fr", "Responsable SEA chez Octo",
     "conversions hors ligne", "Et vous, comment faites-vous de votre côté ?"),
    ("Hoi Camille, vergelijk jij nog met oude Universal Analytics data, of zit je helemaal in GA4?", "nl", "Marketing data analist", "2023", "Hoe pak jij het zelf aan?"),
    ("Hola Camille, ¿todavía comparas con los datos de Universal Analytics o ya solo usas GA4?", "es", "Analista de datos", "2023", ""),
]


@pytest.mark.parametrize("note,lang,headline,words,back", PEERS)
def test_peer_measurement_question_answered_as_a_peer(note: str, lang: str, headline: str, words: str, back: str) -> None:
    text = draft(note, lang, headline)
    assert words in text
    assert not any(w in text for w in BUDGET)
    if back:
        assert back in text


def test_learner_keeps_the_where_you_stand_step() -> None:
    text = draft("Hi Camille, I'm a marketing student. How often should I update old blog articles?", "en", "Marketing student", intent="ask_for_help")
    assert "twice a year" in text and "How do you handle it" not in text
