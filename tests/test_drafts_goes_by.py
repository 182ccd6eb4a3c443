"""A sender who introduces herself with a nickname of her first name is greeted with it, in every language.

Round 53 (es): "Soy Álex, coincidimos en el máster…" from Alejandro Gómez was greeted "¡Hola, Alejandro!": only a
short form that is a prefix of the profile's name ("Max" for Maximilien) was taken.
"""

from __future__ import annotations

import pytest

from drafting import sample_draft

CASES = [
    ("Camille! Qué tal? Soy Álex, coincidimos en el máster de Lyon en 2016. A ver si nos ponemos al día!",
     "Alejandro Gómez", "Álex", "Alejandro"),
    ("Hi Camille, Mike here - we studied together in Lyon back in 2015. Would love to catch up!",
     "Michael Brown", "Mike", "Michael"),
    ("Ciao Camille, sono Fede, ci siamo conosciuti al corso di Google Ads a Milano. Mi farebbe piacere restare in contatto!",
     "Federica Rossi", "Fede", "Federica"),
    ("Salut Camille, c'est Manu ! On était ensemble en master à Lyon, ça me ferait plaisir de reprendre contact.",
     "Emmanuel Petit", None, None),
    ("Hallo Camille, ich bin Flo, wir waren zusammen auf der SMX in München. Lass uns in Kontakt bleiben!",
     "Florian Weber", "Flo", "Florian"),
    ("Oi Camille, aqui é a Bia, a gente fez o curso de Google Ads juntas em São Paulo. Bora manter contato!",
     "Beatriz Lima", None, None),
    ("Hoi Camille, ik ben Joost, we zaten samen op de SEO-training in Utrecht. Leuk om contact te houden!",
     "Johannes de Vries", "Joost", "Johannes"),
]


@pytest.mark.parametrize(("note", "name", "nickname", "first"), CASES)
def test_greeted_by_the_name_they_go_by(note: str, name: str, nickname: str | None, first: str | None) -> None:
    text = sample_draft(note, name=name)
    opening = text.splitlines()[0]
    if nickname is None:
        # "Manu", "Bia" do not start like "Emmanuel", "Beatriz": the profile's name stays (no nickname table)
        assert name.split()[0] in opening, opening
        return
    assert nickname in opening, opening
    assert first not in opening, opening


@pytest.mark.parametrize(("note", "name"), [
    ("Hi Camille, I'm Marketing Manager at Decathlon and would love to connect.", "Maria Lopez"),
    ("Hello Camille, this is Martin from Acme, we met at the SEO Camp.", "Markus Klein"),
])
def test_a_longer_word_or_another_person_is_not_a_nickname(note: str, name: str) -> None:
    opening = sample_draft(note, name=name).splitlines()[0]
    assert name.split()[0] in opening, opening
