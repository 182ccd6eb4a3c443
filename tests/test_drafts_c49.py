"""Wave 49, group C: availability and contract questions.

- "Hai disponibilità da gennaio?", "Hätten Sie ab Februar Kapazität?": the month the work would start is answered (yes in
  principle, from that month), never re-asked, and the first call stays next week (round 46 it note-64, de note-20, nl
  note-42, es note-20); a launch in France is named as the French market the SEO is for.
- A contractor role (PJ, partita IVA, auto-entrepreneur, B2B contract) is client work she is interested in, never declined
  as a permanent job (round 46 pt note-30).
"""

from __future__ import annotations

import re

import pytest

from drafting import sample_draft

#: (note, headline, name, the month answer, the call's week as the draft says it)
FROM_MONTH = [
    ("Buongiorno Camille, siamo un e-commerce di arredamento di Torino e cerchiamo una consulente SEO esterna. Avrebbe "
     "disponibilità da marzo? Cordiali saluti, Elena Ferri", "", "Elena Ferri", "a partire da marzo", "settimana"),
    ("Hallo Camille, wir sind ein Kölner Onlineshop für Outdoor-Bekleidung und suchen eine SEO-Freelancerin für etwa vier Monate. "
     "Hast du ab April Kapazität? Viele Grüße, Lena", "", "Lena Krüger", "Ab April", "nächste Woche"),
    ("Beste Camille, wij zijn een webshop in tuinmeubelen uit Gent en zoeken een externe SEO-consultant. Heb je vanaf maart "
     "ruimte? Groetjes, Wout", "", "Wout Peeters", "vanaf maart", "volgende week"),
    ("Hola Camille, somos una marca de zapatillas de Valencia y buscamos una consultora SEO externa. ¿Tendrías disponibilidad "
     "a partir de febrero? Saludos, Pablo", "", "Pablo Soler", "a partir de febrero", "semana"),
    ("Hi Camille, we're a Leeds skincare brand looking for an external SEO consultant. Would you be available from June? "
     "Best, Olivia", "", "Olivia Grant", "Starting in June", "next week"),
]


@pytest.mark.parametrize("note,headline,name,month,week", FROM_MONTH)
def test_availability_from_a_month_is_answered_and_the_call_stays_soon(note: str, headline: str, name: str, month: str, week: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert month in text, text
    assert week in text, text  # the first call is soon: the month is when the work starts


#: "¿Tendrías disponibilidad en enero?": the month answered, the intro call asked for next week, never "en enero"
IN_MONTH = [
    ("Hola Camille, dirijo el marketing de una cadena de ópticas en Bilbao y buscamos consultora externa de SEO. ¿Tendrías "
     "disponibilidad en marzo? Un saludo, Iker", "Iker Etxeberria", "marzo es posible", "en marzo?"),
    ("Ciao Camille, sono responsabile marketing di un'azienda di caffè di Napoli e cerchiamo una consulente SEO esterna. Avresti "
     "disponibilità a maggio? Grazie, Sara", "Sara Esposito", "maggio va bene", "a maggio?"),
    ("Olá Camille, sou diretora de marketing de uma marca de vinhos do Douro e procuramos uma consultora SEO externa. Teria "
     "disponibilidade em abril? Cumprimentos, Inês", "Inês Moura", "abril é possível", "em abril?"),
]


@pytest.mark.parametrize("note,name,month,asked_then", IN_MONTH)
def test_availability_in_a_month_keeps_the_first_call_soon(note: str, name: str, month: str, asked_then: str) -> None:
    text = sample_draft(note, headline="", name=name)
    assert month in text, text
    assert asked_then not in text, text


def test_a_call_asked_for_that_month_is_still_planned_then() -> None:
    text = sample_draft("Hallo Camille, wir suchen für unseren Onlineshop Unterstützung bei SEO. Hättest du im März Zeit für "
                        "einen kurzen Call? LG Jana", headline="", name="Jana Wolf")
    assert "im März" in text, text


def test_a_freelance_reply_saying_the_start_is_not_doubled() -> None:
    text = sample_draft("Hoi Camille, wij zoeken een freelance SEO-specialist voor onze webshop. Heb jij vanaf mei tijd? "
                        "Groet, Sanne", headline="", name="Sanne de Vries")
    assert text.count("vanaf mei") == 1, text


@pytest.mark.parametrize("note,name,market", [
    ("Ciao Camille, guido il marketing di una startup di Bologna e stiamo preparando il lancio in Francia. Cerchiamo una "
     "consulente SEO. Saresti disponibile da aprile? Luca", "Luca Neri", "mercato francese"),
    ("Hola Camille, trabajo en una app de Barcelona y preparamos el lanzamiento en Francia. Buscamos una consultora SEO. "
     "¿Tendrías disponibilidad desde abril? Jordi", "Jordi Puig", "mercado francés"),
])
def test_a_france_launch_is_named(note: str, name: str, market: str) -> None:
    text = sample_draft(note, headline="", name=name)
    assert market in text, text


#: contractor engagements: interest and the details asked, never a permanent job declined
CONTRACTOR = [
    ("Oi Camille! Sou recrutadora numa consultoria de tecnologia e busco uma especialista de SEO (contrato PJ, 100% remoto) "
     "para um e-commerce de moda. Topa conversar? Beijos, Carla", "Tech Recruiter", "Carla Nunes", "pt"),
    ("Buongiorno Camille, per un nostro cliente nel settore food cerco una figura SEO senior in partita IVA, full remote. "
     "Le interesserebbe? Cordiali saluti, Davide Greco", "Recruiter, Randstad", "Davide Greco", "it"),
    ("Bonjour Camille, je recrute pour un client une consultante SEO en auto-entrepreneur, 100 % télétravail. Ça vous "
     "intéresserait ? Julie Roux", "Chargée de recrutement", "Julie Roux", "fr"),
    ("Hi Camille, I'm recruiting for a client: a senior SEO specialist on a B2B contract, fully remote. Would you be "
     "interested? Piotr", "Recruiter", "Piotr Nowak", "en"),
]
DECLINE = r"(?i)emprego fixo|lavoro fisso|posto fisso|emploi salarié|poste fixe|CDI|permanent role|isn't for me|passar|passare"


@pytest.mark.parametrize("note,headline,name,lang", CONTRACTOR)
def test_a_contractor_role_is_client_work(note: str, headline: str, name: str, lang: str) -> None:
    text = sample_draft(note, headline=headline, name=name)
    assert not re.search(DECLINE, text), text


def test_a_permanent_role_is_still_declined() -> None:
    text = sample_draft("Hi Camille, we're hiring a Senior SEO Manager, full-time permanent position in Paris. Interested? Kate",
                        headline="Recruiter", name="Kate Lee")
    assert "permanent role" in text, text
