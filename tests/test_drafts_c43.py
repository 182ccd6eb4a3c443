"""Wave 43, group C (wording and echoes): a talk topic with "& AI" keeps its "AI"; an event whose name holds the kind of
talk is named once; event, city and weekday are never piled up; "le TikTok ads" and "su SEO" are written as a native
would; a job named by its title is no "new" post; a Brazilian state in the headline gives pt-BR; a thesis Q&A is no
"interview"; a piece's subject is echoed without its region."""

from __future__ import annotations


import pytest

from invitriage.drafts.notefacts import _clean_topic, pt_variant
from invitriage.drafts.writer import _echo_wording, co_after, draft_for

from drafting import SAMPLE  # noqa: E402 - the sample owner, loaded once for every draft test


def draft(note: str, lang: str, intent: str, headline: str = "") -> str:
    d = draft_for({"name": "Alex Martin", "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply"}, SAMPLE)
    assert d is not None
    return d.text


@pytest.mark.parametrize("topic", ["over SEO & AI", "about content & AI", "sur le SEO et AI"])
def test_topic_keeps_capital_ai(topic: str) -> None:
    assert _clean_topic(topic).endswith("AI")


def test_topic_still_drops_dangling_italian_ai() -> None:
    assert _clean_topic("sul content marketing ai") == "sul content marketing"


@pytest.mark.parametrize("note,lang,want", [
    ("Beste Camille, namens Frankwatching zoeken we sprekers voor het Frankwatching Congres over content & AI. Zou je een sessie willen "
     "verzorgen? Groet, Sanne", "nl", "over content & AI"),
    ("Hi Camille, on behalf of Brighton SEO we're looking for speakers for BrightonSEO 2025 on search & AI. Would you like to run a session? "
     "Best, Amy", "en", "on search & AI"),
])
def test_speaker_topic_with_ampersand_is_whole(note: str, lang: str, want: str) -> None:
    text = draft(note, lang, "business_proposal", "Programme lead")
    assert want in text


def test_event_named_after_the_kind_is_not_doubled() -> None:
    text = draft("Guten Tag Frau Laurent,\nfür die Content Days Workshops suchen wir Speakerinnen zum Thema Newsletter-Marketing. Wären Sie "
                 "grundsätzlich interessiert? Ich sende Ihnen gern Details.\nViele Grüße\nJana Roth", "de", "business_proposal", "Event Managerin")
    assert "Content Days Workshops" in text
    assert "einen Workshop zum Thema Newsletter-Marketing bei" not in text


@pytest.mark.parametrize("event,when,lang,absent,present", [
    ("au salon Franchise Expo à Paris", "jeudi", "fr", "à Paris jeudi", "Franchise Expo"),
    ("at the Growth Summit in Manchester", "on friday", "en", "in Manchester on friday", "Growth Summit"),
])
def test_co_after_drops_city_when_a_day_is_given(event: str, when: str, lang: str, absent: str, present: str) -> None:
    out = co_after(event, when, lang)
    assert present in out and absent not in out


@pytest.mark.parametrize("text,want,bad", [
    ("Pour reprendre notre discussion sur le Meta ads : où en es-tu ?", "les publicités Meta", "le Meta ads"),
    ("Merci pour ton retour du LinkedIn ads.", "des publicités LinkedIn", "du LinkedIn ads"),
])
def test_fr_platform_ads_rephrased(text: str, want: str, bad: str) -> None:
    out = _echo_wording(text, "fr")
    assert want in out and bad not in out


@pytest.mark.parametrize("text,want", [
    ("Riprendiamo volentieri il discorso su SEO tecnica: a che punto sei?", "sulla SEO tecnica"),
    ("Riprendiamo il discorso su content marketing per brand B2B.", "sul content marketing"),
    ("Riprendiamo il discorso su e-commerce.", "sull'e-commerce"),
])
def test_it_su_takes_the_article(text: str, want: str) -> None:
    assert want in _echo_wording(text, "it")


@pytest.mark.parametrize("text,lang,want", [
    ("Si j'entends parler d'un nouveau poste de responsable SEO, je te fais signe.", "fr", "d'un poste de responsable SEO"),
    ("Si me entero de un nuevo puesto de community manager, te aviso.", "es", "un puesto de community manager"),
    ("Wenn ich von einer Stelle höre: eine neue Stelle als Content-Managerin wäre ideal.", "de", "eine Stelle als Content-Managerin"),
    ("Als ik hoor van een nieuwe functie als marketeer, laat ik het weten.", "nl", "een functie als marketeer"),
])
def test_titled_job_is_no_new_post(text: str, lang: str, want: str) -> None:
    assert want in _echo_wording(text, lang)


def test_titled_job_seeker_fr() -> None:
    text = draft("Bonjour Camille, je cherche un poste de responsable acquisition à Lyon après 5 ans chez l'annonceur. "
                 "Si vous avez vent d'une opportunité, je serais ravi d'échanger.", "fr", "job_seeking", "Responsable acquisition")
    assert "nouveau poste de" not in text


@pytest.mark.parametrize("headline", ["Fundadora da Doces de Minas | Confeitaria", "Empreendedor mineiro | Loja online de cafés",
                                      "CEO na Moda Capixaba", "Gestora de e-commerce | Rio Grande do Sul"])
def test_brazilian_state_in_headline_is_pt_br(headline: str) -> None:
    assert pt_variant("", headline) == "pt-BR"


def test_portuguese_headline_stays_pt() -> None:
    assert pt_variant("", "Fundadora da Loja do Minho | E-commerce") == "pt"


def test_brazilian_founder_without_note_gets_pt_br() -> None:
    text = draft("", "pt", "no_note", "Fundadora da Cafés de Minas | Loja online")
    assert "Cumprimentos" not in text and "com todo o gosto" not in text


@pytest.mark.parametrize("note,lang,absent", [
    ("Bonjour, je prépare un mémoire sur la place des newsletters dans la stratégie des PME, accepteriez-vous de répondre à quelques "
     "questions (15 min) ? Merci d'avance, Léa", "fr", "l'interview"),
])
def test_thesis_questions_are_no_interview(note: str, lang: str, absent: str) -> None:
    text = draft(note, lang, "business_proposal", "Étudiante en master")
    assert absent not in text
    assert "mémoire" in text


@pytest.mark.parametrize("note,lang,want,absent", [
    ("Ciao! Sono giornalista per Wired Italia e sto preparando un articolo sul futuro del social commerce in Italia. Posso farti qualche domanda via email?",
     "it", "per l'articolo sul futuro del social commerce", "in Italia"),
    ("¡Hola! Soy periodista en El País y preparo un artículo sobre el auge del comercio social en España. ¿Puedo hacerte unas preguntas por email?",
     "es", "sobre el auge del comercio social", "en España"),
])
def test_piece_subject_without_its_region(note: str, lang: str, want: str, absent: str) -> None:
    text = draft(note, lang, "business_proposal", "Giornalista")
    assert want in text and absent not in text
