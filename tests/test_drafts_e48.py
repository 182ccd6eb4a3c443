"""Wave 48, group E (round 45): the language of a note-less English headline ("VP Marketing – …"), a firm entering her home
market answered as her client, a firm of a country she has no clients in answered in full sentences with the firm named,
a shop's name with its Portuguese article, no CV promise after "I take no interns" when a call is agreed, a foreign firm
eyeing the French market, and an event's invitation to speak."""

from __future__ import annotations

import pytest

from drafting import sample_draft

# -- 1. an English-only headline with no note: English -------------------------------------------------------------------
ENGLISH_HEADLINES = [
    ("VP Sales – Harbourline Foods", "Oliver Grant"),
    ("VP Growth @ Quillstack", "Nadia Brooks"),
    ("SVP Marketing | Tidewater Retail", "Ethan Cole"),
]


@pytest.mark.parametrize("headline,name", ENGLISH_HEADLINES)
def test_english_vp_headline_gets_english(headline: str, name: str) -> None:
    draft = sample_draft("", headline=headline, name=name)
    assert draft.startswith(("Hello", "Hi")), draft
    assert "Bonjour" not in draft and "Merci" not in draft


def test_french_vp_headline_stays_french() -> None:
    draft = sample_draft("", headline="VP Marketing chez Lumio", name="Julien Roux")
    assert "Bonjour" in draft, draft


# -- 2. a firm entering her home market is exactly her client --------------------------------------------------------------
INTO_FRANCE = [
    ("Hola Camille, somos una marca de cosmética de Málaga. Queremos lanzar la tienda online en Francia el año que viene. "
     "¿Trabajas con empresas españolas?", "justo mis clientes", "todavía no"),
    ("Ciao Camille, siamo un'azienda di olio a Bari e vogliamo lanciare il marchio in Francia. Lavori con aziende italiane?",
     "proprio i miei clienti", "non ancora"),
]


@pytest.mark.parametrize("note,wanted,unwanted", INTO_FRANCE)
def test_firm_entering_france_is_her_client(note: str, wanted: str, unwanted: str) -> None:
    draft = sample_draft(note, headline="", name="Laura Bianchi")
    assert wanted in draft, draft
    assert unwanted not in draft.lower()


# -- 2b. a firm of a country she has no clients in: a full sentence, the firm named ----------------------------------------
NO_CLIENTS_THERE = [
    ("Exmo. Sr.,\nSou responsável de marketing de uma cadeia de ginásios em Braga e gostaria de saber se trabalha com empresas "
     "portuguesas.\nCom os melhores cumprimentos,\nNuno Alves", "um cliente em Portugal é perfeitamente possível", "da sua cadeia de ginásios",
     "Clientes em Portugal, ainda não"),
    ("Buenos días, soy directora de marketing de una cadena de hoteles en Sevilla. ¿Trabaja usted con empresas españolas?",
     "un cliente en España es perfectamente posible", "de su cadena de hoteles", "Clientes en España, todavía no"),
    ("Buongiorno, sono responsabile marketing di una catena di pizzerie a Napoli. Lavora anche con aziende italiane?",
     "un cliente in Italia è senz'altro possibile", "della Sua catena di pizzerie", "Clienti in Italia, non ancora"),
]


@pytest.mark.parametrize("note,said,firm,unwanted", NO_CLIENTS_THERE)
def test_no_clients_there_said_in_full_with_the_firm(note: str, said: str, firm: str, unwanted: str) -> None:
    draft = sample_draft(note, headline="", name="Nuno Alves")
    assert said in draft, draft
    assert firm in draft, draft
    assert unwanted not in draft


# -- 3. a shop's name after a verb gets its article in Portuguese ------------------------------------------------------------
def test_pt_shop_name_gets_its_article() -> None:
    draft = sample_draft("", headline="Estudante de Gestão na Universidade do Minho | Fundadora da loja online Raízes",
                         name="Marta Sousa")
    assert "a Raízes" in draft, draft
    assert "manter Raízes" not in draft and "gerir Raízes" not in draft


# -- 4. no interns, a call agreed: no CV promise, the call set after "however" ----------------------------------------------
NO_INTERNS_CALL = [
    ("Bonjour Camille, je suis étudiante en communication à Grenoble et je cherche un stage de 4 mois dès avril. "
     "Auriez-vous un moment pour un appel rapide ?", "Étudiante – Université Grenoble Alpes", "En revanche", "CV"),
    ("Hi Camille, I'm a marketing student in Leeds looking for a summer internship. Could we have a short call?",
     "Marketing student – University of Leeds", "That said", "CV"),
    ("Hallo Camille, ich studiere BWL in Bremen und suche ab Mai ein Praktikum im Online-Marketing. Hast du Zeit für ein kurzes "
     "Telefonat?", "Student BWL @ Uni Bremen", "aber gern Zeit", "Lebenslauf"),
    ("Hola Camille, estudio publicidad en Zaragoza y busco unas prácticas desde junio. ¿Tendrías 10 minutos para una llamada?",
     "Estudiante de Publicidad – Universidad de Zaragoza", "Eso sí", "CV"),
]


@pytest.mark.parametrize("note,headline,after,cv", NO_INTERNS_CALL)
def test_no_interns_then_call_without_cv_promise(note: str, headline: str, after: str, cv: str) -> None:
    draft = sample_draft(note, headline=headline, name="Alex Moreau")
    assert after in draft, draft
    assert cv not in draft, draft
    assert "D'ici là" not in draft


# -- 5. a foreign firm eyeing the French market, and an event's invitation to speak ------------------------------------------
def test_foreign_firm_exploring_french_market_is_her_client() -> None:
    note = ("Goedemiddag mevrouw Laurent, als marketingdirecteur van een Nederlandse tegelfabrikant onderzoeken wij de Franse markt. "
            "Ik ben benieuwd naar uw ervaring met Google Ads en SEO in Frankrijk. Met vriendelijke groet, Sanne Bakker")
    draft = sample_draft(note, headline="", name="Sanne Bakker")
    assert "precies mijn klanten" in draft, draft


def test_event_invitation_to_speak_names_the_talk() -> None:
    note = ("Olá Camille, organizo o evento Porto Marketing Days em março. Gostaríamos de a convidar para falar sobre SEO local. "
            "Teria disponibilidade?")
    draft = sample_draft(note, headline="", name="Inês Costa")
    assert "SEO local" in draft, draft
    assert "francês ou em inglês" in draft, draft
