"""Wave 152, group H: answers beside the sender's case. Meta Ads conversions measured without cookies ("em Meta Ads sem
cookies") get the Conversions API answer, never Google's Consent Mode and its jargon; the Portuguese page-per-location
answer reads naturally; a marketing director who states a growth goal of their own ("we want
to increase our direct bookings") and asks for a call is a prospect offered a first call, never a seller declined."""

from __future__ import annotations

from drafting import sample_draft


def test_meta_ads_without_cookies_gets_the_conversions_api() -> None:
    # 178 es_pt_it note-8: answered with Consent Mode v2 / GA4 / CMP jargon, the Conversions API only in passing
    es = sample_draft("Hola Camille! Leí tu post sobre el fin de las cookies de terceros. Una pregunta: ¿qué recomiendas para "
                      "medir conversiones en Meta Ads sin cookies? Gracias!", "Growth Marketer en Fintonic", name="Andrea López")
    assert "Consent Mode" not in es and "CMP" not in es and "GA4" not in es
    assert "API de conversiones de Meta" in es.split("\n")[3][:80]
    en = sample_draft("Hi Camille, how would you measure conversions in Meta Ads without cookies for a small online shop?",
                      "E-commerce Manager", name="Tom Baker")
    assert "Consent Mode" not in en and "Meta's Conversions API" in en
    it = sample_draft("Ciao Camille, come misuri le conversioni delle campagne Meta Ads senza cookie?", "Social Media Manager",
                      name="Giulia Neri")
    assert "Consent Mode" not in it and "Conversions API di Meta" in it


def test_consent_mode_question_keeps_its_answer() -> None:
    # neighbour: conversions measured without cookies, with no Meta named, keep the Consent Mode answer
    es = sample_draft("Hola Camille, leí tu post sobre el fin de las cookies. ¿Qué herramientas usas para medir conversiones sin "
                      "cookies?", "Marketing Manager", name="Lucía Gómez")
    assert "Consent Mode v2" in es


def test_portuguese_page_per_location_answer_reads_naturally() -> None:
    # 178 es_pt_it note-30 (the wording part): "cidades que só se servem", "conteúdo mesmo próprio"
    pt = sample_draft("Olá Camille, temos três clínicas em cidades diferentes. Vale a pena criar uma página por morada para o SEO local?",
                      "Gestora de Marketing", name="Catarina Sousa")
    assert "Uma página por cada morada real, sim" in pt
    assert "que só se servem" not in pt and "mesmo próprio" not in pt and "onde só presta serviço" in pt


def test_marketing_director_with_a_growth_goal_asking_a_call_is_a_prospect() -> None:
    # 178 es_pt_it note-57: a hotel chain's marketing director asking for a call declined as a sales pitch
    it = sample_draft("Buongiorno Camille, sono il direttore marketing di una catena di hotel e vogliamo aumentare le prenotazioni "
                      "dirette dalla Francia. Possiamo organizzare una call?", "Direttore Marketing presso Hotel Riviera Group",
                      name="Roberto Colombo")
    assert "offerta" not in it and "non ne ho bisogno" not in it
    assert "call di 20 minuti" in it
    de = sample_draft("Hallo Camille, ich leite das Marketing einer Hotelgruppe und wir möchten mehr Direktbuchungen aus Frankreich "
                      "gewinnen. Können wir telefonieren?", "Marketingleiter", name="Jonas Braun")
    assert "20 Minuten telefonieren" in de and "Angebot" not in de
    es = sample_draft("Hola Camille, dirijo el marketing de una cadena de clínicas dentales y queremos aumentar las reservas online. "
                      "¿Podemos agendar una llamada?", "Directora de Marketing", name="Elena Ruiz")
    assert "llamada de 20 minutos" in es and "oferta" not in es


def test_seller_offering_to_increase_bookings_stays_declined() -> None:
    # neighbour: a seller who helps hotels increase bookings is still declined
    it = sample_draft("Ciao Camille, aiutiamo gli hotel ad aumentare le prenotazioni dirette con il nostro software. Possiamo "
                      "organizzare una call?", "Sales Manager", name="Marco Bruni")
    assert "non ne ho bisogno" in it
