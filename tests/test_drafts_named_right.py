"""Wave 81 D: what the note said, named right (a student's short hello, a friend's new job, the role sought)."""

from __future__ import annotations

import pytest
from drafting import sample_draft

STUDENT_HELLOS = [
    ("hola! me gustaria conectar contigo, soy de mexico y me interesa mucho el marketing digital 🙌",
     "Estudiante de Comunicación - UNAM", "consejos"),
    ("oi camille!! sou de angola e estudo comunicacao, queria me conectar com vc 😊", "Estudante de Comunicação", "dicas"),
    ("ciao! vorrei collegarmi con te, studio comunicazione a napoli e mi interessa tanto il marketing digitale 🙌",
     "Studentessa di Scienze della Comunicazione", "consigli"),
    ("hi! would love to connect, marketing student here and really into digital marketing 😊",
     "Marketing student, University of Leeds", "tips"),
    ("hoi! ik wil graag connecten, ik studeer communicatie en vind digitale marketing heel interessant",
     "Student Communicatie - Hogeschool Utrecht", "tips"),
]


@pytest.mark.parametrize("note,headline,word", STUDENT_HELLOS)
def test_a_students_short_hello_gets_the_offer_of_tips(note: str, headline: str, word: str) -> None:
    text = sample_draft(note, headline=headline, name="Lea Martin")
    assert word in text and "SEO" in text
    for bland in ("intercambiar ideas", "trocar ideias", "confrontarci", "exchange ideas", "ideeën uit te wisselen"):
        assert bland not in text
