"""Drafts that say the one specific thing the sender gave: the referrer by name, the need, the topic to pick up,
a compliment, a proposal of mutual referrals (review round 10: correct but generic drafts)."""
from __future__ import annotations

import pytest

from invitriage.drafts.notefacts import fold
from invitriage.drafts.notefacts import _referrer as referrer_of
from invitriage.drafts.writer import draft_for
from invitriage.settings import Settings

OWNER = Settings(owner_name="Camille Laurent", signature="Camille", language="fr",
                 offer=["SEO", "social ads", "content strategy", "digital marketing training"])


def draft(note: str, lang: str, intent: str, name: str = "Alex Martin") -> str:
    d = draft_for({"name": name, "note": note, "headline": "", "lang": lang, "intent": intent, "action": "reply",
                   "evidence": []}, OWNER)
    assert d is not None
    return d.text


@pytest.mark.parametrize("note, lang, expected", [
    ("Bonjour, je vous écris sur recommandation de M. Julien Perrin. Nous voulons revoir notre site.", "fr", "M. Julien Perrin"),
    ("Bonjour, notre directrice commerciale Claire Roux m'a conseillé de vous écrire.", "fr", "Claire Roux"),
    ("Hello, I was referred to you by Dana Whitfield and would like to talk about our website.", "en", "Dana Whitfield"),
    ("Hi, our Head of Sales Oliver Grant suggested I get in touch.", "en", "Oliver Grant"),
    ("Hello, Ms. Patel suggested I contact you about our shop.", "en", "Ms Patel"),
    ("Guten Tag, unsere Vertriebsleiterin Jana Roth hat mir Ihren Namen gegeben.", "de", "Jana Roth"),
    ("Hola, mi socia, Lucía Prieto, me recomendó escribirte.", "es", "Lucía Prieto"),
    ("Ciao, il nostro direttore commerciale Paolo Neri mi ha consigliato di scriverti.", "it", "Paolo Neri"),
    ("Olá, a nossa diretora comercial, Inês Mota, recomendou-me o seu perfil.", "pt", "Inês Mota"),
    ("Hoi, onze salesmanager Daan de Wit raadde me aan je te benaderen.", "nl", "Daan de Wit"),
])
def test_referrer_is_the_person_not_a_title(note, lang, expected):
    assert referrer_of(note, fold(note), lang) == expected


@pytest.mark.parametrize("note, lang, intent, name", [
    ("Madame Laurent, je vous contacte sur recommandation de M. Julien Perrin. Nous cherchons à améliorer notre référencement. "
     "Seriez-vous disponible pour un échange ?", "fr", "referral", "M. Julien Perrin"),
    ("Dear Ms Laurent, I was referred to you by Dana Whitfield. We need help with our SEO. Could we talk?", "en", "client", "Dana Whitfield"),
    ("Hi Camille, our Head of Sales Oliver Grant suggested I reach out. We need a training for our team.", "en", "client", "Oliver Grant"),
    ("Guten Tag Frau Laurent, Herr Jonas Albrecht hat mir Ihren Namen gegeben. Wir suchen Hilfe bei SEO.", "de", "client", "Jonas Albrecht"),
    ("Hola Camille, Lucía Prieto me recomendó escribirte. Necesitamos ayuda con nuestro SEO.", "es", "client", "Lucía Prieto"),
    ("Ciao Camille, Paolo Neri mi ha consigliato di scriverti. Ci serve una mano con la SEO.", "it", "client", "Paolo Neri"),
    ("Olá Camille, a Inês Mota recomendou-me o seu perfil. Precisamos de ajuda com SEO.", "pt", "client", "Inês Mota"),
    ("Hoi Camille, Daan de Wit raadde me aan je te benaderen. We willen hulp bij SEO.", "nl", "client", "Daan de Wit"),
])
def test_referrer_thanked_by_name(note, lang, intent, name):
    text = draft(note, lang, intent)
    assert name in text, text
