"""Which course to start with, asked beside a question her answer facts cover (round 43 it note-64).

"Che formazione mi consiglieresti per iniziare? Il tuo corso va bene per principianti? E' in italiano?" got the beginner
line and "not in Italian", but the course asked for was dropped for a call. Now her own answer on which course to take
stands where the call was, in every language.
"""

from __future__ import annotations

import pytest

from drafting import sample_draft

CASES = [
    ("en", "Hi Camille! I'm switching careers (coming from hospitality) and want to get into digital marketing. Which training "
           "would you recommend to start? Is your course ok for beginners? Is it in English?", "Skillshop"),
    ("it", "Ciao Camille! sto cambiando lavoro (vengo dalla ristorazione) e vorrei entrare nel marketing digitale. Che formazione "
           "mi consiglieresti per iniziare? Il tuo corso va bene per principianti? E' in italiano?", "Skillshop"),
    ("es", "Hola Camille! Estoy cambiando de carrera (vengo de hostelería) y quiero entrar en marketing digital. ¿Qué formación "
           "me recomiendas para empezar? ¿Tu curso sirve para principiantes? ¿Es en español?", "Skillshop"),
    ("de", "Hallo Camille, ich komme aus der Gastronomie und will ins Online-Marketing. Welche Weiterbildung würdest du mir für "
           "den Einstieg empfehlen? Ist dein Kurs auf Deutsch?", "Skillshop"),
    ("fr", "Bonjour Camille, je suis en reconversion (je viens de la restauration). Quelle formation tu me conseilles pour "
           "commencer ? Est-ce que ta formation est en français ?", "Skillshop"),
]


@pytest.mark.parametrize(("lang", "note", "named"), CASES, ids=[c[0] for c in CASES])
def test_the_course_asked_for_is_answered_beside_the_language(lang: str, note: str, named: str) -> None:
    text = sample_draft(note, headline="")
    assert named in text  # her pick of courses, by name
    assert "20" not in text  # the call ("20-minute call") gives way to the answer asked for


def test_without_a_course_question_the_language_answer_keeps_its_call() -> None:
    text = sample_draft("Ciao Camille! Il tuo corso SEO è in italiano?")
    assert "Skillshop" not in text and "20 minuti" in text
