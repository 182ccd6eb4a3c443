"""Misreads and wrong commitments (review round 21): a talk accepted in a language the owner does not work in, a panel
called a talk, coaching called mentoring, a coffee offered to someone who lives far away."""

from __future__ import annotations

import pytest

from drafting import SAMPLE, sample_draft
from invitriage.drafts.writer import draft_for


def _draft(note: str, lang: str, intent: str, headline: str = "") -> str:
    d = draft_for({"name": "Alex Martin", "note": note, "headline": headline, "lang": lang, "intent": intent,
                   "action": "reply", "evidence": []}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


# -- a talk, class or spoken interview in a language she does not work in: her languages said --------------------

@pytest.mark.parametrize("note, lang, caveat", [
    ("Buenas Camille, coordino las jornadas de marketing de la Universidad de Granada en marzo. ¿Te gustaría dar una ponencia "
     "sobre SEO local a nuestros estudiantes?", "es", "tendría que ser en francés o en inglés"),
    ("Ciao Camille, conduco un podcast sul digital marketing per artigiani e vorrei averti come ospite per una puntata sui social ads. "
     "Ci stai?", "it", "dovrebbe essere in francese o in inglese"),
    ("Guten Tag Frau Laurent, wir veranstalten im Herbst einen Marketingtag an der FH Salzburg und würden Sie bitten, dort einen "
     "Workshop zu Content-Strategie zu halten. Hätten Sie Interesse?", "de", "nur auf Französisch oder Englisch"),
    ("Beste Camille, namens de Hogeschool Utrecht wil ik je uitnodigen om een gastcollege over social advertising te geven. "
     "Heb je interesse?", "nl", "alleen in het Frans of het Engels"),
    ("Olá Camille, organizo um encontro de empreendedoras em Lisboa e gostávamos de a convidar para uma palestra sobre "
     "estratégia de conteúdo. Teria disponibilidade?", "pt", "em francês ou em inglês"),
])
def test_a_talk_in_another_language_names_her_working_languages(note, lang, caveat):
    text = sample_draft(note)
    assert caveat in text, text


def test_a_talk_in_her_own_language_has_no_caveat():
    text = sample_draft("Bonjour Camille, j'organise le Web Summit de Grenoble en juin et nous cherchons des intervenants sur le "
                        "SEO local. Seriez-vous partante pour une conférence de 30 minutes ?")
    assert "précision" not in text and "anglais" not in text, text


def test_written_questions_get_no_language_caveat():
    text = _draft("Hola Camille, escribo un artículo para Expansión sobre las pymes y el marketing digital. "
                  "¿Podría enviarte tres preguntas por email?", "es", "business_proposal")
    assert "francés" not in text, text


# -- the format the note names: a panel is never "my talk" -------------------------------------------------------

@pytest.mark.parametrize("note, lang, want, never", [
    ("Servus Camille, war auf dem Online Marketing Forum in Wien im Publikum – deine Podiumsdiskussion über SEO und KI war super! "
     "Gern vernetzen, Lukas", "de", "Paneldiskussion", "Vortrag"),
    ("Hoi Camille, ik zat in de zaal bij jouw panel over contentstrategie op het Marketingfestival. Sterk verhaal! Groet, Sanne",
     "nl", "het panel", "lezing"),
    ("Hola Camille, me encantó tu mesa redonda sobre publicidad en TikTok en el eShow de Madrid. ¡Conectemos!", "es",
     "la mesa redonda", "charla"),
    ("Hi Camille, really enjoyed your panel on B2B content at the Digital Summit in Dublin. Let's connect!", "en", "the panel",
     "my talk"),
])
def test_a_panel_is_named_as_a_panel(note, lang, want, never):
    text = _draft(note, lang, "content")
    assert want in text and never not in text, text


# -- coaching asked, coaching answered -------------------------------------------------------------------------

@pytest.mark.parametrize("note, want, never", [
    ("Hallo Camille, ich habe einen kleinen Onlineshop für Naturkosmetik und meine Facebook-Kampagnen laufen nicht. "
     "Machst du auch 1:1-Coaching? Was würde das kosten?", "Einzelcoaching", "mentoring"),
    ("Hola Camille, llevo una tienda online de cerámica y no consigo que funcionen mis anuncios. ¿Haces sesiones de coaching "
     "individual?", "coaching individual", "mentoría"),
    ("Hoi Camille, ik run een kleine webshop met planten en loop vast met mijn Google Ads. Doe je ook een-op-een coaching?",
     "coaching", "mentoring"),
])
def test_coaching_is_called_coaching(note, want, never):
    text = sample_draft(note)
    assert want in text and never not in text.lower(), text


def test_mentoring_asked_stays_mentoring():
    text = sample_draft("Hallo Camille, ich bin Junior-Marketerin und suche eine Mentorin für SEO. "
                        "Bietest du Einzelmentoring an?")
    assert "mentoring" in text.lower() and "coaching" not in text.lower(), text


# -- a coffee only for someone nearby -----------------------------------------------------------------------------

def _meet_draft(note: str, lang: str, intent: str, headline: str = "") -> str:
    """A sender the owner wants to meet (meet_whom matched): the draft offers an exchange."""
    d = draft_for({"name": "Alex Martin", "note": note, "headline": headline, "lang": lang, "intent": intent,
                   "action": "reply", "evidence": [], "meet": True}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


@pytest.mark.parametrize("city, coffee", [("Hamburg", False), ("Lyon", True)])
def test_coffee_offered_only_near_her_city_de(city, coffee):
    text = _meet_draft(f"hey camille, hab dich beim SEO-Meetup in {city} gesehen, dein Vortrag zu Content-Strategie war richtig "
                       "stark. lass uns connecten! Jonas", "de", "content")
    assert ("Kaffee" in text) is coffee and "Call" in text, text


@pytest.mark.parametrize("headline, lang, coffee_word", [
    ("Head of Growth @ Glovo Barcelona", "es", "café"),
    ("CMO @ Satispay Milano", "it", "caffè"),
    ("Marketing Director @ Picnic Amsterdam", "nl", "koffie"),
    ("Head of Brand @ Zalando Berlin", "de", "Kaffee"),
])
def test_no_coffee_offered_to_a_newcomer_abroad(headline, lang, coffee_word):
    text = _meet_draft("", lang, "benefit", headline)
    assert coffee_word not in text and "20" in text, text


def test_coffee_still_offered_to_a_newcomer_in_lyon():
    text = _meet_draft("", "fr", "benefit", "Directrice marketing @ Groupe SEB Lyon")
    assert "café" in text, text
