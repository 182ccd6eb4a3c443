"""Wave 154 E: a note the judgment holds as a scam (followers for sale, a stranger moving the talk to WhatsApp, a
guaranteed return) gets a dry no if the owner answers at all — never "I'll keep your profile in mind for future
projects, send me case studies", a wish of success, nor a client's call (round 183, es note-19, pt note-40, it note-63)."""

from __future__ import annotations

import pytest

from drafting import SAMPLE, sample_draft
from invitriage.drafts.writer import draft_for


def _scam_draft(note: str, lang: str) -> str:
    d = draft_for({"name": "Kevin Torres", "note": note, "headline": "Growth Hacker", "lang": lang, "intent": "scam",
                   "action": "reply", "evidence": []}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None
    return d.text


#: (language, a scam note, the dry no expected)
CASES = [
    ("es", "Buenas, consigo 5.000 seguidores de TikTok reales por 39 €, entrega en 24 horas garantizada. ¡Háblame!",
     "pero no me interesa"),
    ("pt-BR", "Oi! Vendo 8 mil seguidores no TikTok por R$149, entrega garantida em 24h!! Me chama",
     "mas não tenho interesse"),
    ("it", "Salve, posso farle avere 5.000 follower su TikTok a 39€, consegna garantita in 24 ore.", "ma non mi interessa"),
    ("en", "Hello dear, I saw your profile and you look lovely. I am a doctor on a mission abroad, can we talk on WhatsApp?",
     "but this"),
    ("fr", "Bonjour, je vous propose 5000 abonnés Instagram réels pour 39 €, résultats garantis. Écrivez-moi !",
     "ce n'est pas pour moi"),
    ("de", "Hallo, ich biete dir 10.000 echte Instagram-Follower für nur 49 €. Ergebnis in 48 Stunden garantiert!",
     "das ist nichts für mich"),
    ("nl", "Investeer 250 euro en verdien 3.000 euro in een week, rendement gegarandeerd. Stuur me een bericht op Telegram.",
     "niets voor mij"),
    ("pt", "Olá, invista 250 euros e ganhe 3.000 euros numa semana, retorno garantido. Fale comigo no Telegram.",
     "mas não me interessa"),
]


@pytest.mark.parametrize("lang,note,no", CASES, ids=[c[0] for c in CASES])
def test_a_held_scam_gets_a_dry_no(lang: str, note: str, no: str) -> None:
    text = _scam_draft(note, lang)
    assert no in text
    body = text.split("\n\n")[1].lower()
    for warm in ("perfil", "profile", "profil", "success", "éxito", "sucesso", "successo", "erfolg", "succès", "succes",
                 "20 min", "client", "cliente", "casos", "cases", "caso di studio", "keep in mind", "in mente"):
        assert warm not in body, (warm, text)


def test_the_follower_seller_of_the_review_gets_the_no_through_the_real_judgment() -> None:
    text = sample_draft("Hola, te ofrezco 12.000 seguidores reales en Instagram por solo 59€. Resultados garantizados en "
                        "72h. Escríbeme!", headline="Growth hacker", name="Kevin Torres")
    assert "no me interesa" in text and "tendré en cuenta" not in text


def test_a_seller_of_a_real_service_still_gets_the_polite_decline_with_a_wish() -> None:
    d = draft_for({"name": "Lucía Gómez", "note": "Hola Camille, soy diseñadora gráfica freelance y ofrezco packs de "
                   "plantillas para redes sociales desde 90 €. ¿Te interesaría?", "headline": "Diseñadora gráfica",
                   "lang": "es", "intent": "sales_pitch", "action": "reply", "evidence": []}, SAMPLE, SAMPLE.templates_dir)
    assert d is not None and "no me interesa" not in d.text and "éxito" in d.text


def test_a_question_on_her_trade_held_for_its_amounts_keeps_its_answer() -> None:
    # the model holds "200 €/mois : Instagram ou Google ?" as a scam for its amounts: nothing in it is a scam's mark, so the
    # draft answers the question, never "ce n'est pas pour moi"
    for lang, note in (("fr", "Bonjour Camille, j'ai ouvert une crêperie à Lyon. Pub Instagram ou Google pour démarrer, avec 250 €/mois ?"),
                       ("nl", "Hoi Camille, met 250 euro per maand: Meta of Google Ads?")):
        text = _scam_draft(note, lang)
        assert "pas pour moi" not in text and "niets voor mij" not in text
