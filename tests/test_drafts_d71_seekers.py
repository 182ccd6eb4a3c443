"""Wave 71, group D: job seekers who ask for a few minutes, trainings and exchanges, in every language."""

from __future__ import annotations

import pytest
from drafting import sample_draft

# A student who asks for "a few minutes to talk" gets the talk, not only "send your CV".
FEW_MINUTES = [
    ("Dear Ms. Laurent,\nI am an MSc Digital Marketing student and I am looking for a 6-month internship. "
     "Would you have a few minutes to discuss your work?\nKind regards", ("call",)),
    ("Hello Camille, I'm a business school student looking for an internship. Could you spare a couple of minutes "
     "to talk about your job?", ("call",)),
    ("Estimada Sra. Laurent: soy estudiante y busco unas prácticas de 6 meses. ¿Tendría unos minutos para hablar "
     "de su trabajo? Saludos", ("teléfono",)),
    ("Gentile Dott.ssa Laurent, sono studentessa e cerco uno stage di 6 mesi. Avrebbe qualche minuto per parlare "
     "del suo lavoro? Cordiali saluti", ("call",)),
    ("Prezada Sra. Laurent, sou estudante e procuro um estágio de 6 meses. Teria alguns minutos para falar sobre "
     "o seu trabalho? Atenciosamente", ("telefone",)),
    ("Geachte mevrouw Laurent, ik studeer marketing en zoek een stage van 6 maanden. Heeft u een paar minuten om "
     "over uw werk te praten? Met vriendelijke groet", ("belletje",)),
]


@pytest.mark.parametrize("note,words", FEW_MINUTES)
def test_a_few_minutes_to_talk_gets_the_talk(note: str, words: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Priya Sharma")
    assert any(w in text for w in words), text
    assert "CV here" not in text and "CV por aqu" not in text and "currículo por aqui" not in text, text
