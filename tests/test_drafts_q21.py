"""Round 21: the owner's FAQ answers AI use, Meta or Google Ads on a small budget, an Etsy shop (SEO inside Etsy, then
Pinterest, never a webshop's category pages), Performance Max and a course or an own site, in every language; an
organiser asking her conditions is told they follow; "may we e-mail you?" gets her address; a video interview a video call."""
from __future__ import annotations

from dataclasses import replace

import pytest

from drafting import SAMPLE, sample_draft

from invitriage.drafts import faq
from invitriage.drafts.writer import draft_for
from invitriage.judge.classify import classify


def draft(note: str) -> str:
    return sample_draft(note)


AI = [
    ("Hi Camille, which parts of content writing do you delegate to AI tools and which stay human?", "en", "groundwork"),
    ("Bonjour Camille, qu'est-ce que tu délègues à l'IA quand tu rédiges des articles ?", "fr", "premiers jets"),
    ("Hola Camille, ¿qué tareas de contenido delegas en la IA y cuáles haces tú?", "es", "borradores"),
    ("Ciao Camille, per quali testi usi l'IA e quali scrivi a mano?", "it", "bozze"),
    ("Hallo Camille, wofür nutzt du ChatGPT beim Schreiben von Blogartikeln?", "de", "Entwürfe"),
    ("Olá Camille, que partes do conteúdo deixa para a IA e quais escreve você?", "pt", "rascunhos"),
    ("Hoi Camille, welke delen van je content laat je over aan AI? Gebruik je ChatGPT om te schrijven?", "nl", "eerste versies"),
]


@pytest.mark.parametrize("note,lang,word", AI)
def test_ai_use_answered(note: str, lang: str, word: str) -> None:
    answer = faq.match(note, SAMPLE.answers, lang)
    assert word in answer and "Google" in answer


def test_ai_penalty_keeps_its_own_answer() -> None:
    assert faq.match("Does Google penalise AI-written content?", SAMPLE.answers, "en").startswith("Not necessarily: Google judges how useful a page is")


META_GOOGLE = [
    "Hi Camille, with 300€ a month, should I go for Meta ads or Google Ads?",
    "Bonjour Camille, petit budget de 300 € par mois : Facebook Ads ou Google Ads ?",
    "Hola Camille, con 300 € al mes, ¿Meta o Google Ads para mi tienda?",
    "Ciao Camille, con 300 € al mese meglio Meta o Google Ads?",
    "Hallo Camille, bei 300 € im Monat: lieber Meta oder Google Ads?",
    "Oi Camille, com 300 € por mês vale mais Meta ou Google Ads?",
    "Hoi Camille, met 300 euro per maand: Meta of Google Ads?",
]


@pytest.mark.parametrize("note", META_GOOGLE)
def test_meta_or_google_rule_of_thumb(note: str) -> None:
    text = draft(note)
    # the rule of thumb weighs both; it no longer quotes a sample budget of its own (round 21: "an invented 300 EUR")
    assert "Google Ads" in text and "Meta" in text and "300 € par mois, par exemple" not in text
    assert "Blueprint" not in text and "Jon Loomer" not in text


ETSY = [
    ("hey camille, just opened an etsy shop for my ceramics, any seo tips?", "en"),
    ("Is it better to work on SEO or on Pinterest first for my Etsy shop?", "en"),
    ("Salut Camille, je viens d'ouvrir ma boutique Etsy de bougies. Des conseils SEO pour commencer ?", "fr"),
    ("Hola Camille, tengo una tienda en Etsy de láminas. ¿SEO o Pinterest primero?", "es"),
    ("Ciao Camille, ho un negozio Etsy di gioielli: qualche consiglio per la SEO?", "it"),
    ("Hallo Camille, ich habe einen Etsy-Shop für Keramik. Hast du Tipps für SEO?", "de"),
    ("Oi Camille, abri uma loja no Etsy de bijuteria. Alguma dica de SEO para começar?", "pt-BR"),
    ("Hoi Camille, ik heb net een Etsy-shop geopend. Tips voor SEO om mee te beginnen?", "nl"),
]


@pytest.mark.parametrize("note,lang", ETSY)
def test_etsy_answered_for_etsy(note: str, lang: str) -> None:
    answer = faq.match(note, SAMPLE.answers, lang)
    assert "Etsy" in answer and "13" in answer and "Pinterest" in answer
    assert "Search Console" not in answer and "catégorie" not in answer.lower() and "Kategorie" not in answer


def test_webshop_keeps_webshop_answer() -> None:
    answer = faq.match("I run a small Shopify shop. Any SEO tips?", SAMPLE.answers, "en")
    assert "Etsy" not in answer and answer


PMAX = [
    ("Hi Camille, is Performance Max worth it for a shop with 40 products?", "en"),
    ("Bonjour Camille, Performance Max, ça vaut le coup pour une petite boutique ?", "fr"),
    ("Hola Camille, ¿merece la pena Performance Max para mi tienda?", "es"),
    ("Ciao Camille, conviene PMax per un piccolo e-commerce?", "it"),
    ("Hallo Camille, lohnt sich PMax bei uns schon?", "de"),
    ("Oi Camille, vale a pena usar Performance Max numa loja pequena?", "pt-BR"),
    ("Hoi Camille, heeft Performance Max zin voor een kleine webshop?", "nl"),
]


@pytest.mark.parametrize("note,lang", PMAX)
def test_performance_max_answered(note: str, lang: str) -> None:
    answer = faq.match(note, SAMPLE.answers, lang)
    # 141 A: no Merchant Center jargon pinned any more (a florist asking PMax or Search got it); the data needed is still said
    assert "Performance Max" in answer and "conver" in answer.lower() and "Shopping" in answer


COURSE_SITE = [
    ("Hi Camille, I'm a junior in SEO. I'm torn between a course and building my own site. What would you do?", "en", "practice first"),
    ("Salut Camille, je débute en SEO : plutôt une formation ou créer mon propre site ?", "fr", "la pratique d'abord"),
    ("Hola Camille, empiezo en SEO: ¿hago un curso o monto un sitio propio?", "es", "primero la práctica"),
    ("Ciao Camille, sono indeciso tra un corso e un sito mio per imparare la SEO.", "it", "prima la pratica"),
    ("Hallo Camille, ich schwanke zwischen einem Kurs und einer eigenen Website, um SEO zu lernen. Was meinst du?", "de", "zuerst die Praxis"),
    ("Oi Camille, estou na dúvida entre um curso ou criar um site próprio para aprender SEO.", "pt-BR", "primeiro a prática"),
    ("Hoi Camille, wat is slimmer om SEO te leren? Ik twijfel tussen een cursus of een eigen site bouwen.", "nl", "eerst de praktijk"),
]


@pytest.mark.parametrize("note,lang,word", COURSE_SITE)
def test_course_or_own_site(note: str, lang: str, word: str) -> None:
    assert word in faq.match(note, SAMPLE.answers, lang)


CONDITIONS = [
    ("Estimada Camille, organizamos unas jornadas de marketing en Bilbao en junio y querríamos invitarla como ponente sobre SEO. ¿Cuáles serían sus condiciones?", "mis condiciones"),
    ("Gentile Camille, la invitiamo come relatrice al nostro convegno sul social commerce a Torino. Quali sarebbero le sue condizioni?", "le mie condizioni"),
    ("Bonjour Camille, nous aimerions vous inviter comme intervenante à notre conférence e-commerce à Nantes en mars. Quelles seraient vos conditions ?", "mes conditions"),
    ("Sehr geehrte Frau Laurent, wir möchten Sie als Speakerin zu unserer Konferenz in München im Mai einladen. Wie sind Ihre Konditionen?", "Konditionen"),
    ("Geachte mevrouw Laurent, wij willen u graag uitnodigen als spreker op ons congres in Utrecht in mei. Wat zijn uw voorwaarden?", "voorwaarden"),
]


@pytest.mark.parametrize("note,words", CONDITIONS)
def test_organiser_told_conditions_follow(note: str, words: str) -> None:
    assert words in draft(note)


MAIL_DETAILS = [
    "Sehr geehrte Frau Laurent, wir möchten Sie als Speakerin für unseren Social-Media-Tag in Graz im Juni anfragen. Dürfen wir Ihnen die Unterlagen per E-Mail schicken?",
    "Geachte mevrouw Laurent, graag nodigen wij u uit als spreker op ons event in Gent in november over SEO. Mogen wij u de details mailen?",
    "Dear Camille, we'd love to have you as a speaker at our e-commerce summit in Dublin in May on SEO. May we email you the details?",
]


@pytest.mark.parametrize("note", MAIL_DETAILS)
def test_may_we_mail_gets_her_address(note: str) -> None:
    # a real address (the sample's is at a reserved example domain, which a draft never gives)
    owner = replace(SAMPLE, email="camille@laurent-marketing.fr")
    j = classify([note], owner_lang=owner.language)[0]
    d = draft_for({"name": "Alex Martin", "note": note, "headline": "", "lang": j.lang, "intent": j.intent, "action": "reply",
                   "evidence": []}, owner, owner.templates_dir)
    assert d is not None and owner.email in d.text
    assert SAMPLE.email not in draft(note)


VIDEO = [
    ("Olá Camille, sou jornalista e escrevo sobre e-commerce na Europa. Toparia uma entrevista curta por vídeo?", "videochamada"),
    ("Hola Camille, soy periodista en Expansión. ¿Aceptaría una breve entrevista por videollamada?", "videollamada"),
    ("Hi Camille, I'm a journalist at Retail Week. Would you do a quick video interview next week?", "video call"),
]


@pytest.mark.parametrize("note,word", VIDEO)
def test_video_interview_is_a_call(note: str, word: str) -> None:
    text = draft(note)
    assert word in text and "questions" not in text.split("\n", 3)[-1].lower().replace("question?", "")
