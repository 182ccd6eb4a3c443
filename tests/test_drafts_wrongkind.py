"""Wave 82 group B: senders read as the wrong kind (a job offered to her, a job seeker, an advice question, a partner)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

#: A senior title named without an article and her profile said to fit: a post offered to her, never a client's budget.
JOB_OFFERED = [
    ("Hola Camille! Busco Head of Digital Marketing para una scale-up de e-commerce en Barcelona (remoto parcial). Tu perfil encaja muy bien, ¿hablamos?",
     "puesto de Head of Digital Marketing", "presupuesto"),
    ("Olá Camille! Procuramos Head of Digital para uma scale-up em Lisboa. O teu perfil encaixa muito bem, falamos?",
     "Head of Digital", "orçamento"),
    ("Hi Camille, I'm looking for a Head of Digital Marketing for an e-commerce scale-up in London. Your profile fits really well, shall we talk?",
     "Head of Digital Marketing role", "budget"),
    ("Hallo Camille, wir suchen Head of Marketing für ein E-Commerce-Startup in Berlin. Dein Profil passt super, sollen wir telefonieren?",
     "Head of Marketing", "Budget"),
]


@pytest.mark.parametrize(("note", "named", "bad"), JOB_OFFERED)
def test_job_offered_to_her_gets_her_polite_no(note: str, named: str, bad: str) -> None:
    text = sample_draft(note, headline="Talent Acquisition | Hiring", name="Nuria Vidal")
    assert named in text
    assert bad not in text
    assert "20 minut" not in text


#: The sender's own job search, asking her to pass on any opening she hears of: a job seeker, never a post declined.
OPENING_HEARD = [
    "Ciao, sto cercando lavoro come social media manager dopo 4 anni in agenzia. Se senti di qualche posizione aperta, anche da remoto, mi faresti un grande favore a segnalarmela",
    "Hola Camille, estoy buscando trabajo como community manager después de 3 años en agencia. Si te enteras de alguna vacante, aunque sea en remoto, ¿me avisas?",
    "Hallo Camille, ich suche gerade einen neuen Job als Social-Media-Managerin. Wenn du von einer offenen Stelle hörst, gib mir gern Bescheid!",
    "Olá Camille, estou à procura de emprego como social media. Se souberes de alguma vaga, mesmo remota, avisa-me!",
]


@pytest.mark.parametrize("note", OPENING_HEARD)
def test_job_seeker_asking_for_openings_is_no_post_declined(note: str) -> None:
    text = sample_draft(note, headline="Social Media Manager | Open to work", name="Martina Costa")
    assert any(w in text for w in ("CV", "Lebenslauf"))
    for bad in ("dipendente", "plantilla", "Festanstellung", "emprego fixo"):
        assert bad not in text
