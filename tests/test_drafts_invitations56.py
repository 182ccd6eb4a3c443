"""Invitations read as what they are (wave 56, group B): a teacher's talk for the class, an afterwork of theirs."""

from __future__ import annotations

import pytest

from drafting import sample_draft

TEACHER_NOTES = [
    ("Hola Camille, soy profe de marketing en un ciclo de FP en Sevilla. Me gustaría saber si harías una charla online para mis "
     "alumnos sobre cómo es el día a día de una consultora digital. Sería en mayo.", "charla", ("necesidades", "trabajo a distancia")),
    ("Hola Camille, doy clase en un instituto de Málaga. ¿Darías una ponencia para mis estudiantes de marketing en junio?", "pensar en mí para una",
     ("necesidades",)),
    ("Olá Camille, sou professora num curso profissional de marketing em Braga. Faria uma sessão online com os meus alunos sobre o dia "
     "a dia de uma consultora? Seria em maio.", "sessão", ("necessidades", "trabalho à distância")),
    ("Olá Camille, dou aulas de marketing no Porto. Faria uma palestra para os meus alunos em março?", "lembrado de mim para uma", ("necessidades",)),
    ("Buongiorno Camille, insegno marketing in un istituto tecnico a Bari. Faresti un intervento online per i miei studenti su com'è "
     "la giornata di una consulente digitale? Sarebbe a maggio.", "intervento", ("Gentile Professor", "Le andrebbero")),
    ("Ciao Camille, insegno comunicazione a Torino: terresti un seminario per i miei studenti ad aprile?", "seminario", ("call di 20 minuti",)),
]


@pytest.mark.parametrize("note,kind,bad", TEACHER_NOTES)
def test_a_teachers_class_session_is_an_invitation_to_speak(note: str, kind: str, bad: tuple[str, ...]) -> None:
    text = sample_draft(note, name="Manuel Rivas")
    assert kind in text
    assert "20 minut" not in text
    for word in bad:
        assert word not in text


def test_faresti_is_tu() -> None:
    text = sample_draft("Buongiorno Camille, insegno marketing a Bari. Faresti un intervento per i miei studenti a maggio?", name="Giuseppe Lombardi")
    assert text.startswith("Ciao Giuseppe")
    assert "Gentile" not in text and "Cordiali saluti" not in text


INVITED = [
    ("Bonjour Camille, nous sommes un collectif de freelances marketing à Lyon et nous organisons des afterworks une fois par mois. "
     "Ça te dirait de rejoindre le groupe ? Prochain rendez-vous le 5 décembre !", "si mon agenda le permet", "Où est-ce que ça se passe ?"),
    ("Hi Camille, a few of us freelancers in Lyon meet for drinks once a month. Would you like to join our afterwork next Thursday?",
     "I'd love to come", "where does it take place?"),
    ("Hola Camille, un grupo de freelancers de Lyon organizamos un afterwork cada mes. ¿Te apetece venir al próximo, el 12 de marzo?",
     "Me encantaría ir", "¿Dónde es?"),
    ("Ciao Camille, con altri freelance organizziamo un aperitivo di networking ogni mese a Milano. Ti va di unirti a noi?",
     "Molto volentieri", "dove si svolge?"),
    ("Hoi Camille, wij organiseren elke maand een borrel voor marketeers in Utrecht. Heb je zin om een keer langs te komen?",
     "als mijn agenda het toelaat", "waar is het?"),
    ("Bonjour Madame Laurent, notre association organise une soirée networking le 12 mars. Seriez-vous partante pour nous rejoindre ?",
     "si mon agenda le permet", "Où cela se passe-t-il ?"),
]


@pytest.mark.parametrize("note,yes,where", INVITED)
def test_an_invitation_to_their_gathering_is_answered_and_the_place_asked(note: str, yes: str, where: str) -> None:
    text = sample_draft(note, name="Élodie Gauthier")
    assert yes in text and where in text
    for bad in ("20 minut", "20-minute", "Meetup.com", "proposition", "interessa", "interesting"):
        assert bad not in text


def test_a_rendez_vous_is_no_vous() -> None:
    text = sample_draft("Salut Camille, on organise un afterwork entre freelances. Ça te dirait de venir ? Prochain rendez-vous le 5 décembre !",
                        name="Élodie Gauthier")
    assert text.startswith("Salut Élodie") and "vous" not in text.replace("rendez-vous", "")
