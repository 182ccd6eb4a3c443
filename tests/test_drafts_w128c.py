"""Wave 128, group C: a precise content or measurement question gets the answer to what was asked: whether server-side
tracking is ENOUGH for a small business (no shop assumed), which attribution model she keeps (never the stock "how I
measure the ROAS" routine), and Google Analytics weighed against HubSpot for a career changer (never Google Ads alone)."""

from __future__ import annotations

from drafting import sample_draft


def test_server_side_enough_for_an_sme_is_answered_without_a_shop() -> None:
    # 130 es_pt_it note-16: "¿el server-side tracking es suficiente para una pyme?" answered "merece la pena … la tienda"
    es = sample_draft("Hola Camille, vi tu post sobre el fin de las cookies de terceros. ¿De verdad crees que el server-side "
                      "tracking es suficiente para una pyme? Me quedé con la duda. Saludos, Tomás", name="Tomás")
    assert "en una pyme, suele bastar" in es and "de la tienda" not in es and "Para Meta sola" not in es, es
    assert "server-side (como la API de conversiones de Meta)" in es and "sirve con" not in es, es
    en = sample_draft("Hi Camille, saw your post on the end of third-party cookies. Do you really think server-side tracking "
                      "is enough for an SME? Best, Tom", name="Tom Baker")
    assert "for a small firm it's mostly enough" in en and "Stape" in en, en
    de = sample_draft("Hallo Camille, ich habe Ihren Beitrag zum Ende der Drittanbieter-Cookies gelesen. Reicht serverseitiges "
                      "Tracking für ein KMU wirklich aus? Grüße, Thomas Weber", name="Thomas Weber")
    assert "reicht kleinen Firmen meist aus" in de and "Shopsystem" not in de, de
    nl = sample_draft("Hoi Camille, ik las je post over het einde van third-party cookies. Is server-side tracking echt genoeg "
                      "voor een mkb-bedrijf? Groet, Tom", name="Tom de Vries")
    assert "voor een klein bedrijf meestal genoeg" in nl and "shopsysteem" not in nl, nl


def test_attribution_model_for_a_small_shop_gets_the_model_she_keeps() -> None:
    # 130 es_pt_it note-40: "Usa algum modelo de atribuição específico para e-commerce pequeno?" answered with UTM, GA4, hours
    pt = sample_draft("Olá Camille, li o seu post sobre o ROAS nas campanhas de Meta. Usa algum modelo de atribuição específico "
                      "para e-commerce pequeno? Fiquei curioso. Cumprimentos, João Lopes", name="João Lopes")
    assert "modelo predefinido do GA4" in pt and "último clique" in pt, pt
    assert "Looker Studio" not in pt and "horas investidas" not in pt, pt
    en = sample_draft("Hi Camille, read your post about ROAS on Meta campaigns. Do you use a specific attribution model for a "
                      "small e-commerce shop? Curious. Best, John", name="John Lee")
    assert "the data-driven model" in en and "Looker Studio" not in en, en
    it = sample_draft("Ciao Camille, ho letto il tuo post sul ROAS delle campagne Meta. Usi un modello di attribuzione specifico "
                      "per un piccolo e-commerce? Grazie, Gianni", name="Gianni Rossi")
    assert "modello predefinito di GA4" in it and "ore dedicate" not in it, it
    es = sample_draft("Hola Camille, leí tu post sobre el ROAS en Meta. ¿Usas algún modelo de atribución concreto para un "
                      "e-commerce pequeño? Gracias, Juan", name="Juan Pérez")
    assert "el basado en datos" in es and "Looker Studio" not in es, es


def test_roas_measurement_without_a_model_keeps_the_measurement_answer() -> None:
    # 130 es_pt_it note-40 neighbour: "how do you measure ROAS?" (no model asked) keeps her measurement routine
    en = sample_draft("Hi Camille, read your post about ROAS on Meta campaigns. How do you measure the ROAS for small clients? "
                      "Best, John", name="John Lee")
    assert "UTM tags on every link" in en and "Looker Studio" in en, en


def test_google_analytics_or_hubspot_certification_names_google_analytics() -> None:
    # 131 fr_en note-32: "google analytics or hubspot?" answered with Google Ads against HubSpot
    en = sample_draft("hi camille, im trying to get into digital marketing after 5 years in retail. what certification would "
                      "you recommend to start, google analytics or hubspot? thx a lot",
                      headline="Retail supervisor | aspiring digital marketer", name="Ryan Cole")
    assert "Google Analytics (GA4): measurement is useful in any job" in en and "start with HubSpot Inbound" in en, en
    fr = sample_draft("Bonjour Camille, je me reconvertis dans le marketing digital après 5 ans dans la vente. Quelle "
                      "certification me conseillez-vous pour commencer, Google Analytics ou HubSpot ? Merci, Ryan", name="Ryan Martin")
    assert "Google Analytics (GA4) : la mesure sert partout" in fr, fr
    nl = sample_draft("Hoi Camille, ik wil na 5 jaar in de retail de overstap maken naar digitale marketing. Welke certificering "
                      "raad je aan om te beginnen, Google Analytics of HubSpot? Dank je", name="Ruud Bakker")
    assert "Google Analytics (GA4): meten is overal nuttig" in nl, nl
    es = sample_draft("Hola Camille, quiero pasarme al marketing digital tras 5 años en retail. ¿Qué certificación me "
                      "recomiendas para empezar, Google Analytics o HubSpot? Gracias", name="Ramón Gil")
    assert "Google Analytics (GA4): medir sirve en cualquier puesto" in es, es
