"""Someone who has just graduated is a junior, not someone in a job, in every language.

"soy recién graduado en Marketing" matched "soy … marketing" as a marketing job held (round 52 es: a move into SEO
answered as for someone employed).
"""

from __future__ import annotations

import pytest

from invitriage.drafts.career import stage

NOTES = [
    "Hola Camille, soy recién graduado en Marketing y quiero dar el salto al SEO. ¿Qué formación me recomiendas?",
    "Ciao Camille, sono appena laureata in comunicazione e vorrei lavorare nel SEO. Quale corso mi consiglia?",
    "Hi Camille, I'm a recent graduate in marketing and want to move into SEO. Any course you recommend?",
    "Hallo Camille, ich bin frischer Absolvent im Marketing und will ins SEO. Welchen Kurs empfiehlst du?",
    "Hoi Camille, ik ben net afgestudeerd in marketing en wil de SEO in. Welke cursus raad je aan?",
    "Bonjour Camille, je suis jeune diplômée en marketing digital et je voudrais me spécialiser en SEO.",
    "Olá Camille, sou recém-formada em marketing e quero entrar no SEO. Que curso recomenda?",
]


@pytest.mark.parametrize("note", NOTES)
def test_a_recent_graduate_is_junior(note: str) -> None:
    assert stage(note) == "junior"


def test_someone_in_the_job_is_still_employed() -> None:
    assert stage("Hola Camille, soy responsable de marketing en una pyme y quiero aprender SEO.") == "employed"
