"""'Could we talk about dates?' after a guest-lecture invitation on SEO: the lecture is on SEO, never 'about dates'."""

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, topic, bad", [
    ("Prezada Camille, sou coordenador do curso de Marketing da ESPM e gostaríamos de convidá-la para uma aula magna online "
     "sobre SEO. Poderíamos conversar sobre datas?\nAtenciosamente,\nProf. Ricardo Mendes", "sobre SEO", "sobre datas"),
    ("Dear Camille, we would like to invite you to give an online guest lecture on SEO at Leeds. Could we talk about dates?\n"
     "Best regards,\nProf. Richard Mendes", "on SEO", "about dates"),
    ("Estimada Camille, nos gustaría invitarte a dar una clase magistral online sobre SEO. ¿Podríamos hablar sobre fechas?\n"
     "Un saludo,\nProf. Ricardo Méndez", "sobre SEO", "sobre fechas"),
])
def test_dates_are_no_topic(note: str, topic: str, bad: str) -> None:
    text = sample_draft(note, name="Ricardo Mendes")
    assert topic in text and bad not in text, text


def test_formal_brazilian_thanks_for_thinking_of_her() -> None:
    text = sample_draft("Prezada Sra. Laurent, gostaríamos de convidá-la para uma palestra sobre SEO no nosso evento em São Paulo. "
                        "Atenciosamente, Ricardo Nogueira", name="Ricardo Nogueira")
    assert "lembrado de mim" not in text
