"""A guest-lecture invitation that gives its topic and term is not asked them again, and a lecture "on X for small
businesses" is accepted, never answered as a question about the owner's clients."""

from __future__ import annotations

import pytest

from drafting import draft

GIVEN = [
    ("Bonjour Camille, je suis professeure à l'IAE. Nous aimerions vous proposer d'intervenir une journée en Master sur "
     "le référencement naturel au semestre prochain. Pouvons-nous en parler ?", "fr", "sur le référencement naturel", "au semestre prochain"),
    ("Bonjour Madame Laurent, accepteriez-vous d'intervenir 2 jours le semestre prochain sur le marketing des réseaux "
     "sociaux auprès de nos étudiants de Bachelor ?", "fr", "sur le marketing des réseaux sociaux", "le semestre prochain"),
]


@pytest.mark.parametrize("note,lang,topic,term", GIVEN)
def test_a_lecture_invitation_keeps_its_topic_and_term_and_does_not_ask_the_topic(note: str, lang: str, topic: str, term: str) -> None:
    text = draft(note, lang, "business_proposal")
    assert topic in text and term in text
    assert "le sujet" not in text
    assert "auprès semestre" not in text and "intervenir semestre" not in text


LECTURES = [
    "Hi Camille, I run the BSc Marketing at a university in Leeds. Would you give a guest lecture on Instagram ads for small businesses in spring?",
    "Hello Camille, could you give a talk on SEO for small businesses to our MBA students next term?",
]


@pytest.mark.parametrize("note", LECTURES)
def test_a_lecture_on_small_businesses_is_accepted_not_read_as_a_question_on_her_clients(note: str) -> None:
    text = draft(note, "en", "business_proposal")
    assert "I work a lot with small businesses" not in text
