"""Wave 25, K: the length of her training asked (the programme promised with it, never which course to take), and
clients abroad asked ("foreign companies", "ausländische Unternehmen"): answered from her regions."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, expected", [
    ("Hi Camille, how many days is your content strategy workshop? Cheers, Paul", "programme here, with its length"),
    ("Bonjour Camille, quelle est la durée de votre atelier social ads ? Merci, Inès", "le programme, avec sa durée"),
    ("Hallo Camille, wie lange dauert deine SEO-Schulung ungefähr? LG Mia", "das Programm mit der Dauer"),
    ("Hola Camille, ¿cuánto dura tu taller de contenidos? Gracias, Pablo", "el programa, con su duración"),
    ("Ciao Camille, quanto dura il tuo workshop sulle social ads? Grazie, Giulia", "il programma, con la durata"),
    ("Olá Camille, quanto tempo dura a tua formação em SEO? Obrigado, Rui", "o programa, com a duração"),
    ("Hoi Camille, hoeveel dagen is jouw workshop contentstrategie? Groet, Daan", "het programma, met de duur"),
])
def test_training_length_promised_with_programme(note: str, expected: str) -> None:
    text = sample_draft(note)
    assert expected in text
    for off in ("Skillshop", "Blueprint", "where you're at", "où vous en êtes", "wo du gerade stehst", "waar je nu staat"):
        assert off not in text


def test_length_of_something_else_is_no_training_question() -> None:
    text = sample_draft("Hi Camille, how long does SEO usually take to show results for a small shop? Thanks, Kim")
    assert "programme here, with its length" not in text


@pytest.mark.parametrize("note, expected", [
    ("Guten Tag Frau Laurent, betreuen Sie auch Kunden aus dem Ausland? Wir sitzen in Wien. Viele Grüße, Karl Berger",
     "Kunden in der Schweiz, in Belgien und in Kanada"),
    ("Hi Camille, do you take on international clients? We're a small agency in Dublin. Best, Aoife",
     "clients in Switzerland, Belgium and Canada"),
    ("Bonjour Camille, travaillez-vous aussi avec des entreprises étrangères ? Nous sommes basés à Genève. Cordialement, Marc Rey",
     "en Suisse"),
    ("Hi Camille, do you also work with companies abroad? Regards, Sven", "Yes, I also have clients"),
])
def test_clients_abroad_answered_from_her_regions(note: str, expected: str) -> None:
    text = sample_draft(note)
    assert expected in text
    assert "outside my area" not in text and "außerhalb meines Fachgebiets" not in text
