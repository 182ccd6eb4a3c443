"""Wave 154, group C: starters and peers asking advice get the recipe they asked for.

A new freelance community / social-media manager who saw her webinar and writes "any advice is welcome" (no question
mark; "cualquier consejo es bienvenido", "ogni consiglio è ben accetto", "qualquer dica é bem-vinda") gets her advice on
starting out as a freelancer, never the Meta-ads recipe of the webinar's topic, "tell me which tips you apply", or an
invented "our conversation at the webinar" ("vi vc no webinar": she was seen on stage). A community manager asking
which KPIs she uses to measure LinkedIn content gets the organic KPIs without the client-report framing, and the paid
KPIs (CTR, CPC, ROAS) only when ads are named.
"""

from __future__ import annotations

import pytest

from drafting import sample_draft

#: The freelance starter's advice, by language (her network first, a few first projects at a friend's price).
_STARTER = {"es": "red de contactos", "pt": "rede de contatos", "it": "Partirei dalla rete", "en": "people you already know",
            "fr": "Je commencerais par le réseau", "de": "beim Netzwerk anfangen", "nl": "bij het netwerk beginnen"}

STARTERS = [
    # 183 es_pt_it note-8 (round 183)
    ("es", "Hola Camille!! Te vi en el webinar de Hootsuite sobre Instagram ads, muy buena presentacion 👏👏 Yo estoy "
           "empezando como community manager freelance, cualquier consejo es bienvenido", "Paula Ortega"),
    # 183 es_pt_it note-35
    ("pt", "oi camille, vi vc no webinar da Hotmart sobre instagram ads, muito bom!! to começando como social media "
           "freelancer, qualquer dica é bem vinda 🙏", "Camila Rocha"),
    # 183 es_pt_it note-52
    ("it", "ciao camille, ti ho vista al webinar di Hootsuite sugli instagram ads, bravissima!! sto iniziando come social "
           "media manager freelance, ogni consiglio è ben accetto 🙏", "Sara Conti"),
    # senders of our own
    ("en", "Hi Camille! Caught your webinar on TikTok ads last week, great stuff. I'm just starting out as a freelance social "
           "media manager, any advice is welcome :)", "Emily Clark"),
    ("fr", "Bonjour Camille, je vous ai vue au webinaire de Sendinblue sur les pubs Instagram, top ! Je débute comme community "
           "manager freelance, tout conseil est bienvenu.", "Léa Martin"),
    ("de", "Hallo Camille, ich habe dich beim Webinar von Hubspot gesehen, super! Ich fange gerade als freiberufliche "
           "Social-Media-Managerin an, jeder Tipp ist willkommen.", "Julia Becker"),
    ("nl", "Hoi Camille, ik zag je bij het webinar van Hootsuite, heel sterk! Ik begin net als freelance social media manager, "
           "alle tips zijn welkom.", "Sanne Jansen"),
    ("pt", "oi camille, vi vc na live da RD Station sobre reels, adorei! to começando como social media freelancer, qualquer "
           "dica é bem-vinda", "Bruna Alves"),
    ("it", "Ciao Camille, ti ho vista al webinar di Semrush, molto utile! Sto iniziando come community manager freelance: ogni "
           "consiglio è ben accetto.", "Giulia Ricci"),
]


@pytest.mark.parametrize("lang,note,name", STARTERS)
def test_a_freelance_starter_gets_starting_advice(lang: str, note: str, name: str) -> None:
    draft = sample_draft(note, name=name)
    assert _STARTER[lang] in draft, draft
    # never the webinar topic's Meta recipe, a request to say which tips were applied, or a conversation invented
    for never in ("Advantage+", "metti in pratica", "was du von den Tipps", "nossa conversa", "quali consigli"):
        assert never not in draft, draft


def test_saw_her_at_a_webinar_in_brazilian_shorthand_is_no_conversation() -> None:
    draft = sample_draft("oi camille, vi vc no webinar da RD Station sobre SEO, adorei!! valeu", name="Lara Souza")
    assert "nossa conversa" not in draft


KPI_ORGANIC = [
    # 183 de_nl note-42 (round 183)
    ("nl", "Hoi Camille! Ik ben community manager bij een start-up in Rotterdam en ik vroeg me af: welke KPI's gebruik jij om "
           "het succes van LinkedIn-content te meten? Ben benieuwd 😊\nLiefs, Noor", "Noor de Wit", "profielbezoeken"),
    ("en", "Hi Camille, I'm a community manager at a small SaaS in Leeds. Which KPIs do you track to judge whether our "
           "LinkedIn content works?", "Hannah Price", "profile visits"),
    ("fr", "Bonjour Camille, je suis community manager dans une PME à Nantes. Quels indicateurs suivez-vous pour mesurer le "
           "succès des contenus LinkedIn ?", "Claire Dubois", "visites du profil"),
    ("es", "Hola Camille, soy community manager en una startup de Valencia. ¿Qué KPIs usas para medir si el contenido de "
           "LinkedIn funciona?", "Lucía Pérez", "visitas al perfil"),
]


@pytest.mark.parametrize("lang,note,name,said", KPI_ORGANIC)
def test_content_kpis_are_organic_and_not_a_client_report(lang: str, note: str, name: str, said: str) -> None:
    draft = sample_draft(note, name=name)
    assert said in draft, draft
    for never in ("CPC", "ROAS", "klant weinig", "to a client", "à un client", "a un cliente", "Daarna wat telt"):
        assert never not in draft, draft


def test_ads_kpis_keep_the_paid_ones() -> None:
    # neighbour: KPIs for social ads keep CTR, CPC, CPA and ROAS
    en = sample_draft("Hi Camille, I'm a junior social media manager. Which KPIs do you show clients for social ads?",
                      name="Emily Ross")
    assert "cost per lead or sale (CPA) and ROAS" in en and "profile visits" in en
    nl = sample_draft("Hoi Camille, welke KPI's laat jij klanten zien voor hun Instagram-advertenties?", name="Eva Smit")
    assert "CPC" in nl and "ROAS" in nl


def test_worth_going_freelance_as_a_beginner_keeps_agency_first() -> None:
    # neighbour: a beginner weighing freelance against an agency keeps her "agency first" view
    en = sample_draft("Hi Camille, I'm a marketing student. Is it worth starting out as a freelancer right away or should I "
                      "join an agency first?", name="Tom Reed")
    assert "two or three years at an agency" in en
