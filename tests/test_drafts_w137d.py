"""Wave 137, group D: language, register and address. A Spanish note is answered in Spanish, a tú / tu writer gets tú /
tu, a Brazilian director gets a Brazilian closing, an HR person asking for a referral is asked nothing about a post for
Camille, and "not hiring myself" is rephrased."""

from __future__ import annotations

from drafting import sample_draft

from invitriage.judge.lang import detect_language


def test_a_spanish_pitch_naming_french_companies_is_answered_in_spanish() -> None:
    # 137 D es_pt_it note-20: "Hola! Vendemos bases de datos … empresas francesas. Te paso precios?" answered in French
    note = ("Hola! Vendemos bases de datos de emails B2B verificados, 50.000 contactos de empresas francesas. "
            "Te paso precios?")
    assert detect_language(note) == "es"
    es = sample_draft(note, headline="Sales en DataLeads", name="Hugo Pérez")
    assert "Merci" not in es and "Salut" not in es
    assert "Gracias por tu mensaje" in es
    pt = ("Olá! Vendemos bases de dados de emails B2B verificados, 50.000 contatos de empresas francesas. "
          "Te passo os preços?")
    assert detect_language(pt) == "pt"


def test_a_french_note_stays_french_and_italian_german_pitches_keep_their_language() -> None:
    # 137 D es_pt_it note-20, must-not-change neighbours: the owner's language and the clear languages are kept
    assert detect_language("Bonjour, j'ai lu votre article sur le référencement local.") == "fr"
    it = sample_draft("Ciao! Vendiamo database di email B2B verificate, 50.000 contatti di aziende francesi. Ti mando i prezzi?",
                      headline="Sales presso DataLeads", name="Ugo Rossi")
    assert "grazie per il messaggio" in it
    de = sample_draft("Hallo! Wir verkaufen verifizierte B2B-E-Mail-Datenbanken, 50.000 Kontakte französischer Unternehmen. "
                      "Soll ich dir Preise schicken?", headline="Sales bei DataLeads", name="Hugo Meier")
    assert "danke für deine Nachricht" in de


def test_a_tu_subjunctive_recruiter_gets_tu() -> None:
    # 137 D es_pt_it note-15: "Quizás conozcas a alguien?" answered "por su mensaje", "Un cordial saludo"
    es = sample_draft("Soy recruiter para una empresa de logística, buscamos jefe de almacén en Zaragoza. Quizás conozcas a alguien?",
                      headline="Recruiter - LogiTrans", name="Raúl García")
    assert "por tu mensaje" in es and "su mensaje" not in es and "Un cordial saludo" not in es
    # neighbour: "conozca" is usted and stays so
    us = sample_draft("Buenas tardes, trabajo en RRHH en una empresa de logística y buscamos un contable. Quizás conozca a alguien?",
                      headline="Técnica de RRHH en TransLog", name="Rocío Martín")
    assert "por su mensaje" in us


def test_an_italian_tu_question_about_courses_gets_tu() -> None:
    # 137 D es_pt_it note-52: "tieni corsi di formazione …?" answered "La ringrazio", "Cordiali saluti"
    it = sample_draft("Camille, domanda veloce: tieni corsi di formazione anche in italiano o solo in francese/inglese? Organizzo "
                      "la formazione per un'associazione di commercianti a Torino.",
                      headline="Responsabile Formazione | Confcommercio Torino", name="Elisa Bianchi")
    assert "La ringrazio" not in it and "Cordiali saluti" not in it
    assert "Non tengo corsi in italiano" in it and "ti va" in it


def test_a_brazilian_director_at_natura_gets_a_brazilian_closing() -> None:
    # 137 D es_pt_it note-43: no note, "Diretor de Marketing na Natura" closed "Cumprimentos"
    br = sample_draft("", headline="Diretor de Marketing na Natura", name="Eduardo Souza")
    assert "Cumprimentos" not in br and "abraço" in br
    # neighbour: a Portuguese company keeps the European closing
    pt = sample_draft("", headline="Diretor de Marketing na Sonae", name="Eduardo Sousa")
    assert "Cumprimentos" in pt


def test_an_hr_person_asking_for_an_accountant_is_a_referral_ask_in_every_language() -> None:
    # 137 D es_pt_it note-13: "Quizás conozcas a alguien?" read as a post offered ("por pensar en mí", "no encaja conmigo")
    es = sample_draft("Buenas tardes, trabajo en RRHH en una empresa de logística y buscamos un contable. Quizás conozcas a alguien?",
                      headline="Técnica de RRHH en TransLog", name="Rocío Martín")
    assert "pensar en mí" not in es and "no encaja conmigo" not in es and "perfiles de ese tipo" in es
    it = sample_draft("Buon pomeriggio, lavoro nelle risorse umane di un'azienda di logistica e cerchiamo un contabile. "
                      "Forse conosci qualcuno?", headline="HR presso TransLog", name="Giulia Verdi")
    assert "profili di questo tipo" in it
    en = sample_draft("Good afternoon, I work in HR at a logistics company and we're looking for an accountant. Maybe you "
                      "know someone?", headline="HR at TransLog", name="Emma Jones")
    assert "no one with that profile comes to mind" in en
    # neighbour: the post offered to her is still declined as a post
    offer = sample_draft("Hola Camille, buscamos un contable para nuestra empresa de logística en Madrid, ¿te interesaría el puesto?",
                         headline="RRHH en TransLog", name="Rocío Martín")
    assert "no encaja conmigo" in offer


def test_a_networking_recruiter_is_told_she_has_no_openings() -> None:
    # 137 D fr_en note-30: "not hiring myself" is awkward
    en = sample_draft("Hello Camille, I'm a recruiter specialising in finance and accounting roles across France, expanding "
                      "my network. Best, Tom", headline="Recruitment Consultant - Finance & Accounting", name="Tom Baker")
    assert "not hiring myself" not in en and "so I'm not hiring on my side, but it's good to be connected" in en
