"""A problem told without a question mark ("ich komme kaum an Sichtbarkeit") is answered, not asked again.

Round 56 (de): an Etsy jewellery founder who wrote she barely gets any visibility was asked "Magst du mir deine Frage und
deinen aktuellen Stand kurz schildern?" — her situation and her problem were both in the note.
"""

from __future__ import annotations

import pytest

from drafting import sample_draft
from invitriage.drafts.faq import questions

CASES = [
    ("Hi Camille, ich habe vor kurzem meinen kleinen Etsy-Shop für handgemachten Schmuck gestartet und komme kaum an "
     "Sichtbarkeit. Ich folge dir schon länger – würde mich riesig über Vernetzung freuen 💛 Mia", "Etsy", "Frage"),
    ("Hello Camille, I opened my Etsy shop for handmade candles three months ago and I am struggling to get any sales. "
     "Would love to connect!", "Etsy", "your question"),
    ("Bonjour Camille, j'ai lancé ma boutique Etsy de bijoux il y a peu et j'ai du mal à avoir de la visibilité. "
     "Ravie de me connecter avec vous.", "Etsy", "votre question"),
]


@pytest.mark.parametrize(("note", "answer", "reask"), CASES)
def test_the_problem_told_is_answered(note: str, answer: str, reask: str) -> None:
    text = sample_draft(note, name="Mia Hofmann")
    assert answer in text.split("\n", 2)[2], text
    assert reask not in text, text


@pytest.mark.parametrize("note", [
    "Olá Camille, abri a minha loja online há pouco e tenho dificuldade em conseguir vendas.",
    "Hola Camille, abrí mi tienda online hace poco y me cuesta conseguir visibilidad.",
    "Hoi Camille, ik ben net een webshop begonnen maar ik krijg amper bezoekers.",
    "Ciao Camille, ho aperto da poco il mio e-commerce e faccio fatica a trovare clienti.",
])
def test_read_as_asked_in_every_language(note: str) -> None:
    assert questions(note)[0]


@pytest.mark.parametrize("note", [
    "I struggle to get visibility on Instagram. What would you post first?",  # the question says what is asked
    "Hi Camille, great talk yesterday, I got a lot of clients thanks to your tips!",  # no problem told
])
def test_a_question_or_good_news_is_not_a_told_problem(note: str) -> None:
    asked = questions(note)[0]
    assert "struggle" not in asked and "clients" not in asked
