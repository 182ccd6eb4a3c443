"""Wave 147, group C: an agency that wants to open in France and asks about the French market gets advice for an
agency entering France (French sales, a local contact, one city first), never the shop-launch or the job-seeker tip."""

from __future__ import annotations

from drafting import sample_draft


def test_spanish_agency_opening_in_france_gets_agency_advice_not_shop_pages() -> None:
    # 170 es_pt_it note-17: a small Mexican agency got product pages, shipping and returns
    es = sample_draft("Hola Camille, te escribo desde México 🇲🇽. Tengo una agencia pequeña y queremos abrir en Francia. "
                      "¿Podrías aconsejarnos sobre el mercado francés?", name="Fernanda López")
    assert "Para una agencia que llega a Francia" in es and "SIREN" in es
    assert "fichas de producto" not in es and "devoluciones" not in es


def test_italian_agency_opening_an_office_in_france_gets_agency_advice_not_job_tip() -> None:
    # 170 es_pt_it note-61: an agency in Naples opening an office in France got job boards and the CV tip
    it = sample_draft("Ciao Camille, lavoro in un'agenzia di Napoli e vorremmo aprire una sede in Francia. Potresti darci "
                      "qualche consiglio sul mercato francese?", name="Paolo Esposito")
    assert "Per un'agenzia che arriva in Francia" in it and "Parigi e Lione" in it
    assert "Welcome to the Jungle" not in it and "CV" not in it


def test_agency_opening_in_france_in_portuguese_english_german_dutch() -> None:
    # 170 es_pt_it note-17 / note-61, the same situation in the other languages
    pt = sample_draft("Olá Camille, temos uma pequena agência em Lisboa e queremos abrir em França. Pode dar-nos alguns "
                      "conselhos sobre o mercado francês?", name="Rui Santos")
    assert "Para uma agência que chega a França" in pt and "portes" not in pt
    br = sample_draft("Oi Camille, tenho uma agência pequena em São Paulo e queremos abrir na França. Você poderia nos dar "
                      "dicas sobre o mercado francês?", name="Carla Souza")
    assert "Para uma agência que chega à França" in br and "frete" not in br
    en = sample_draft("Hi Camille, I run a small agency in London and we want to open in France. Could you advise us on "
                      "the French market?", name="Tom Baker")
    assert "For an agency coming to France" in en and "Welcome to the Jungle" not in en
    de = sample_draft("Hallo Camille, ich habe eine kleine Agentur in Berlin und wir möchten in Frankreich eröffnen. "
                      "Könnten Sie uns zum französischen Markt beraten?", name="Jan Müller")
    assert "Für eine Agentur, die nach Frankreich kommt" in de and "Lebenslauf" not in de
    nl = sample_draft("Hallo Camille, ik heb een klein bureau in Utrecht en we willen in Frankrijk openen. Kun je ons advies "
                      "geven over de Franse markt?", name="Sanne de Vries")
    assert "Voor een bureau dat naar Frankrijk komt" in nl and "cv" not in nl


def test_job_seeker_and_shop_in_france_keep_their_own_advice() -> None:
    # must-not-change neighbours: a job in an agency in France keeps the job tip; a shop selling in France the shop advice
    job = sample_draft("Ciao Camille, vorrei lavorare in un'agenzia in Francia. Hai qualche consiglio sul mercato francese?",
                       name="Luca Neri")
    assert "Per un'agenzia che arriva" not in job
    shop = sample_draft("Hola Camille, tenemos una tienda online de cerámica y queremos vender en Francia. ¿Algún consejo "
                        "sobre el mercado francés?", name="Lucía Gil")
    assert "Para una agencia" not in shop and "fichas de producto" in shop


def test_agency_expanding_to_france_looking_for_contacts_keeps_the_talk_about_plans() -> None:
    # must-not-change neighbour (127 w127s): no market advice asked, only contacts: her plans-for-France reply stays
    en = sample_draft("Hi Camille, I run a small agency in Manchester. We'd like to expand into France and are looking for "
                      "contacts. Best, Tom", name="Tom Hardy")
    assert "For an agency coming to France" not in en and "Happy to talk about your plans for France." in en
