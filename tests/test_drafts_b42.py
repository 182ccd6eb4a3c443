"""Wave 42, helper B: thanks notes and echoes of the note — a thank-you for help launching a brand is congratulated with
the brand named (never "what is your question?"), "on behalf of" an event is no meeting place, a sub-event is kept whole,
"the French market" keeps its noun, and a staffing recruiter gets one thanks."""

from __future__ import annotations

from drafting import sample_draft

_REASK = ("domanda precisa", "pregunta", "question", "Frage", "vraag", "pergunta", "tema", "topic", "Thema", "onderwerp",
          "argomento", "sujet", "en qué punto", "a che punto", "où vous en", "Stand", "20 minut", "20-minute")


def test_thanks_for_help_launching_a_brand_congratulates_the_launch_with_the_brand_named() -> None:
    notes = {
        "Hola Camille, hace meses que leo lo que publicas y tus consejos me ayudaron a lanzar mi marca de cosmética natural. ¡Mil gracias!":
            ("Enhorabuena", "tu marca de cosmética natural"),
        "Ciao Camille, i tuoi consigli mi hanno aiutato a lanciare la mia linea di borse artigianali. Grazie davvero!":
            ("Complimenti", "della tua linea di borse artigianali"),
        "Oi Camille, suas dicas me ajudaram a lançar minha loja de velas aromáticas. Obrigada de coração!":
            ("Parabéns", "da sua loja de velas aromáticas"),
        "Bonjour Camille, vos conseils m'ont aidée à lancer ma marque de thé bio. Merci beaucoup !":
            ("Félicitations", "marque de thé bio"),
        "Hi Camille, your posts helped me launch my ceramics brand last spring. Thank you!":
            ("Congrat", "your ceramics brand"),
        "Hallo Camille, deine Posts haben mir geholfen, mein Label für Leinenmode zu starten. Danke dir!":
            ("Glückwunsch", "deines Labels für Leinenmode"),
        "Hoi Camille, jouw tips hebben me geholpen mijn merk van zeepjes te lanceren. Dankjewel!":
            ("Gefeliciteerd", "merk van zeepjes"),
    }
    for note, (congrats, brand) in notes.items():
        text = sample_draft(note)
        assert congrats in text and brand in text, text
        assert not any(r in text for r in _REASK), text


def test_on_behalf_of_an_event_is_named_once_never_as_a_meeting_place() -> None:
    notes = [
        "Guten Tag Frau Laurent, im Namen des Online Handel Forum Köln würde ich Sie gern als Rednerin für unsere Tagung im Mai "
        "gewinnen. Hätten Sie grundsätzlich Interesse? Beste Grüße, Jana Weber",
        "Sehr geehrte Frau Laurent, im Namen der E-Commerce Konferenz Leipzig möchte ich Sie für einen Vortrag im Juni anfragen. "
        "Wären Sie offen dafür? Mit freundlichen Grüßen, Tobias Lang",
    ]
    for note in notes:
        text = sample_draft(note)
        assert "im Namen" not in text, text
        assert "(„" not in text, text


def test_a_sub_event_after_the_event_is_kept_whole() -> None:
    text = sample_draft("Hi Camille, good to meet you at Retail Summit Porto at the PPC breakfast! Keen to stay in touch and compare "
                        "notes on retail media. Best, Lea")
    assert "at the PPC!" not in text, text
    assert "PPC breakfast" in text or "PPC" not in text, text


def test_the_french_market_keeps_its_noun() -> None:
    notes = [
        "Hello Camille, as marketing director at Brightline I'd like to discuss how you could help our expansion into the French "
        "market. Could we have a call?",
        "Hi Camille, VP Marketing at a fintech here. We're reworking our SEO strategy for the French market — keen to hear your take. Sam",
    ]
    for note in notes:
        text = sample_draft(note)
        assert "French market" in text, text
        assert "for French." not in text and "for the French!" not in text and "for the French." not in text, text


def test_a_staffing_recruiter_is_thanked_once() -> None:
    text = sample_draft("Hi, I'm a recruiter for hospitality and catering roles across Savoie. Do tell me if you ever need extra staff!")
    assert "glad to be connected" not in text and ";" not in text, text
    assert "hiring" in text, text
