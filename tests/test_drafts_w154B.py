"""Wave 154 B: who the sender is, misread. A prospect asking for a proposal, or for her praised training "for our team too",
is a client (a call offered, never "tell me about your business and budget"); a founder seeking co-trainers for her course
makes a proposal (her interest answered); a vendor whose tool "could help your clients" is a seller, declined politely,
never offered a call about his goals and budget."""

from __future__ import annotations

from drafting import sample_draft

HOLD = ("activité et de votre budget", "business and your budget", "bedrijf en je budget", "Geschäft und dein Budget",
        "negócio e o seu orçamento", "negocio y tu presupuesto", "attività e il tuo budget")


def _no_hold(text: str) -> None:
    assert not any(h in text for h in HOLD), text


def test_proposal_asked_is_a_client_call():
    fr = sample_draft("Bonjour Camille, je suis directeur marketing chez Maison Rochet (cosmétiques, 40 salariés). Nous voulons revoir "
                      "notre stratégie d'acquisition pour 2025. Pourriez-vous nous envoyer une proposition ?",
                      headline="Directeur Marketing - Maison Rochet", name="Laurent Rochet")
    _no_hold(fr)
    assert "20 minutes" in fr and "appel" in fr, fr
    en = sample_draft("Hello Camille, I head marketing at a furniture brand in Manchester (60 staff). We plan to rethink how we win "
                      "customers online next year. Could you send us a proposal?", headline="Marketing Director", name="Tom Baker")
    _no_hold(en)
    assert "20" in en and "call" in en, en


def test_her_training_for_our_team_is_a_client():
    nl = sample_draft("Hoi Camille, Sarah Dubois zei dat ik je echt moest leren kennen – zij was super enthousiast over je training "
                      "social ads bij haar bedrijf. Ik ben benieuwd of je zoiets ook voor ons team (12 mensen) zou kunnen doen? Groet, Iris",
                      headline="Head of Marketing @ Vinted NL", name="Iris Kok")
    _no_hold(nl)
    assert "training" in nl and "Engels" in nl, nl
    nl2 = sample_draft("Hallo Camille, een collega vertelde me over jouw workshop SEO. Zou je iets dergelijks ook voor ons team kunnen "
                       "geven? We zijn met acht marketeers. Groeten, Bram", headline="Marketing Manager", name="Bram Visser")
    _no_hold(nl2)
    assert "Engels" in nl2, nl2


def test_co_trainers_sought_is_a_proposal():
    de = sample_draft("Hallo Camille, Lukas Meier (ihr habt zusammen das Webinar zu Content-Planung gemacht) meinte, ich sollte mich mal "
                      "bei dir melden. Ich baue gerade einen Kurs zu Digital Marketing für Gründerinnen auf und suche Co-Trainerinnen. "
                      "Hättest du Interesse? Grüße, Eva", headline="Gründerin @ FounderFemme Academy", name="Eva Zimmermann")
    _no_hold(de)
    assert "interessant" in de and "Content-Planung" not in de, de
    fr = sample_draft("Bonjour Camille, je monte une formation en ligne au marketing digital pour les artisans et je cherche des "
                      "co-formatrices. Ça vous intéresserait ?", headline="Fondatrice @ Atelier Numérique", name="Julie Morel")
    _no_hold(fr)
    assert "budget" not in fr, fr


def test_tool_for_her_clients_is_a_seller():
    pt = sample_draft("Olá! Trabalho com uma plataforma de automação de e-mail marketing e acho que poderia ajudar seus clientes. "
                      "Podemos marcar uma call rápida?", headline="Executivo de Vendas", name="Lucas Pereira")
    assert "orçamento" not in pt and "20 minutos" not in pt, pt
    es = sample_draft("Hola Camille, trabajo en una herramienta de reporting para agencias y creo que podría ayudar a tus clientes. "
                      "¿Hablamos 15 minutos?", headline="Account Executive", name="Diego Ruiz")
    assert "presupuesto" not in es and "20 minutos" not in es, es


def test_her_own_clients_need_still_a_client():
    # neighbour: a prospect asking for help with their own site keeps the client call
    fr = sample_draft("Bonjour Camille, nous aimerions être accompagnés sur le SEO de notre boutique en ligne. Avez-vous des disponibilités "
                      "en janvier ?", headline="Gérante, Boutique Lina", name="Lina Roux")
    assert "20 minutes" in fr or "appel" in fr, fr
