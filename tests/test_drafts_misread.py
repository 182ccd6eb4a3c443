"""Drafts that must not misread what a note is about (review round 10): the right template and the right decision,
in all seven languages. Notes written for these tests."""
from __future__ import annotations

import pytest

from invitriage.drafts.writer import context_for, draft_for
from invitriage.settings import Settings

OWNER = Settings(owner_name="Camille Laurent", signature="Camille", language="fr",
                 offer=["SEO", "social ads", "content strategy", "digital marketing training"])


def _item(note: str, lang: str, intent: str, headline: str = "", name: str = "Alex Martin"):
    return {"name": name, "note": note, "headline": headline, "lang": lang, "intent": intent, "action": "reply", "evidence": []}


def render(note: str, lang: str, intent: str, headline: str = ""):
    d = draft_for(_item(note, lang, intent, headline), OWNER)
    assert d is not None
    template, _, context = context_for(_item(note, lang, intent, headline), OWNER)
    return d.text, template, context


# -- a buyer asking about the owner's training offer is a client, never "your proposal interests me" ----------
TRAINING_OFFER = [
    ("fr", "Madame, responsable RH chez Gamma, j'aimerais connaître votre offre de formation pour nos managers.", ("formation",)),
    ("en", "Dear Ms Laurent, as marketing lead at Brightside I'd like to learn more about your training offer for our sales team.", ("training",)),
    ("de", "Sehr geehrte Frau Laurent, als Marketingleiter möchte ich gern Ihr Schulungsangebot für unser Vertriebsteam kennenlernen.", ("Schulung",)),
    ("es", "Estimada Sra. Laurent: dirijo el marketing de una cadena de gimnasios y me gustaría conocer su oferta de formación para mi equipo.", ("formacion", "formación")),
    ("it", "Gentile Dott.ssa Laurent, come responsabile marketing di un mobilificio vorrei conoscere la sua offerta di formazione per il nostro staff.", ("formazione",)),
    ("pt", "Cara Dra. Laurent, gostaria de conhecer a sua oferta de formação para a nossa equipa comercial.", ("forma",)),
    ("nl", "Geachte mevrouw Laurent, graag hoor ik meer over uw trainingsaanbod voor ons marketingteam.", ("training",)),
]


@pytest.mark.parametrize("lang, note, words", TRAINING_OFFER)
def test_a_question_about_the_training_offer_is_a_client(lang, note, words):
    for intent in ("business_proposal", "content", "ask_for_help"):
        text, template, context = render(note, lang, intent)
        assert template == "client" and context["service"] == "training", (lang, intent, template, text)
        assert any(w in text for w in words), text
        for wrong in ("proposta mi interessa", "propuesta me interesa", "proposal interests", "cover next"):
            assert wrong not in text


AUDIT_ASKED = [
    ("fr", "Salut Camille, je vends des cours de piano en ligne et mes ventes baissent. Tu fais des audits SEO ? C'est combien ?"),
    ("en", "Hi Camille, I sell online courses on watercolour and my sales dropped. Do you do SEO audits? Roughly how much?"),
    ("de", "Hallo Camille, ich verkaufe Online-Kurse für Gitarre. Machst du auch SEO-Audits? Was kostet das ungefähr?"),
    ("es", "Hola Camille, vendo cursos de cocina en línea y han bajado las visitas. ¿Haces auditorías SEO? ¿Qué precio tienen?"),
    ("it", "Ciao Camille, vendo corsi online di ceramica e le vendite calano. Fai anche audit SEO? Quanto costa più o meno?"),
    ("pt", "Oi Camille, vendo cursos online de crochê e as vendas caíram. Você faz auditorias de SEO? Quanto custa mais ou menos?"),
    ("nl", "Hoi Camille, ik verkoop online cursussen fotografie en mijn verkoop daalt. Doe je ook SEO-audits? Wat kost dat ongeveer?"),
]


@pytest.mark.parametrize("lang, note", AUDIT_ASKED)
def test_the_service_asked_wins_over_what_the_sender_sells(lang, note):
    text, template, context = render(note, lang, "sales_pitch")
    assert template == "client" and context["service"] == "audit", (template, context["service"], text)
