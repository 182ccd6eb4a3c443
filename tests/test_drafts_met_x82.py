"""Wave 82, group C: people met, thanked and interviewing get the reply their note asks for."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, good, bad", [
    # r78 fr_en note-11: a spoken interview with its length in words gets a yes and a slot asked, never written questions
    ("Bonjour Camille, journaliste au Progrès, je prépare un article sur les commerçants lyonnais face à l'e-commerce. "
     "Pourriez-vous m'accorder une interview d'une vingtaine de minutes cette semaine ?", "Quels créneaux", "vos questions"),
    ("Hi Camille, I'm a journalist at Lyon Business. Could you give me twenty minutes for an interview this week about local shops?",
     "20-minute call", "your questions"),
    ("Hola Camille, soy periodista en El País. ¿Me concederías una entrevista de unos veinte minutos esta semana?",
     "qué horario", "tus preguntas"),
    ("Ciao Camille, sono giornalista al Corriere. Mi concederesti un'intervista di un quarto d'ora la prossima settimana?",
     "quale orario", "domande"),
    ("Hallo Camille, ich bin Journalistin beim Handelsblatt. Hätten Sie diese Woche Zeit für ein Interview von etwa einer halben Stunde?",
     "Zeit passt", "Fragen"),
])
def test_interview_length_in_words_is_a_call(note: str, good: str, bad: str) -> None:
    text = sample_draft(note, headline="Journalist", name="Ana Ruiz")
    assert good in text
    assert bad not in text
