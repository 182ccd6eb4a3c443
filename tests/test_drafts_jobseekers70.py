"""Wave 70 (group D): job seekers who ask whether Camille knows someone hiring (round 64, nl note-40, de note-20)."""
from __future__ import annotations

import pytest

from drafting import sample_draft

KNOWS_HIRING = [
    ("Hallo Camille, ik zoek een nieuwe baan als SEO-specialist en vroeg me af of u misschien mensen kent die iemand zoeken. Mijn cv stuur ik graag. Groet, Pieter Jansen",
     "bureaus ken", ("kijk op", "uw vraag")),
    ("Hallo, ich bin auf Jobsuche im Performance Marketing und wollte fragen, ob Sie Leute kennen, die gerade suchen. Grüße, Jana Koch",
     "Agenturen kenne", ("Einschätzung zu", "Ihrer Frage")),
    ("Hola Camille, busco trabajo como community manager y quería preguntarte si conoces gente que esté contratando. Te mando mi CV. Ana",
     "conozco agencias", ("sobre tu pregunta",)),
    ("Ciao Camille, cerco lavoro nel content marketing, volevo chiederti se conosci persone che stanno assumendo. Luca",
     "conosco agenzie", ("cosa ne penso",)),
    ("Olá Camille, procuro emprego em marketing digital e queria saber se conheces pessoas que estejam a contratar. Rita",
     "conheço agências", ("sobre a tua pergunta",)),
]


@pytest.mark.parametrize("note,wanted,gone", KNOWS_HIRING)
def test_knows_someone_hiring_gets_the_lead_promise(note: str, wanted: str, gone: tuple[str, ...]) -> None:
    text = sample_draft(note)
    assert wanted in text
    for bad in gone:
        assert bad not in text
