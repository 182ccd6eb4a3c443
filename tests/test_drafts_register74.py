"""Wave 74 group D: job seekers asking to talk, register and sign-offs, the FR/EN language caveat."""
from __future__ import annotations

import pytest
from drafting import sample_draft

#: A job seeker who asks for an exchange of ideas gets the call offered beside the CV request, in every language.
EXCHANGE_SEEKERS = [
    ("Guten Tag, ich habe gerade meinen Master abgeschlossen und suche eine Stelle in Lyon. Über einen Austausch würde ich mich sehr freuen. Julia Neumann",
     "Telefonat", "Lebenslauf"),
    ("Hallo Camille, ich habe mein Studium abgeschlossen und suche einen Job in Lyon. Ich würde mich gern mit dir austauschen. Julia",
     "Telefonat", "Lebenslauf"),
    ("Goedendag, ik ben net afgestudeerd en zoek werk in Lyon of omgeving. Ik zou graag eens van gedachten wisselen. Groet, Sara",
     "belletje", "cv"),
    ("Hello, I just finished my master in digital marketing and I am looking for a job in Lyon. I would love to exchange ideas. Julia",
     "call", "CV"),
    ("Hola, acabo de terminar mi máster en marketing digital y busco trabajo en Lyon. Me encantaría intercambiar ideas contigo. Julia",
     "teléfono", "CV"),
    ("Ciao, ho appena finito il master in marketing digitale e cerco lavoro a Lione. Mi piacerebbe scambiare qualche idea. Julia",
     "call", "CV"),
]


@pytest.mark.parametrize(("note", "call", "cv"), EXCHANGE_SEEKERS)
def test_job_seeker_asking_to_talk_gets_a_call_and_the_cv(note: str, call: str, cv: str) -> None:
    text = sample_draft(note, name="Julia Neumann")
    assert call in text and cv in text
