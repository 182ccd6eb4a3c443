"""Wave 25, K: the length of her training asked (the programme promised with it, never which course to take), and
clients abroad asked ("foreign companies", "ausländische Unternehmen"): answered from her regions."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note, expected", [
    ("Hi Camille, how many days is your content strategy workshop? Cheers, Paul", "The length depends on the format and the group; I'll send you the programme"),
    ("Bonjour Camille, quelle est la durée de votre atelier social ads ? Merci, Inès", "La durée dépend du format et du groupe ; je vous envoie ici le programme"),
    ("Hallo Camille, wie lange dauert deine SEO-Schulung ungefähr? LG Mia", "Die Dauer hängt vom Format und von der Gruppe ab; ich schicke dir hier das Programm"),
    ("Hola Camille, ¿cuánto dura tu taller de contenidos? Gracias, Pablo", "La duración depende del formato y del grupo; te paso por aquí el programa"),
    ("Ciao Camille, quanto dura il tuo workshop sulle social ads? Grazie, Giulia", "La durata dipende dal formato e dal gruppo; ti mando qui il programma"),
    ("Olá Camille, quanto tempo dura a tua formação em SEO? Obrigado, Rui", "A duração depende do formato e do grupo; envio-te aqui o programa"),
    ("Hoi Camille, hoeveel dagen is jouw workshop contentstrategie? Groet, Daan", "De duur hangt af van de vorm en de groep; ik stuur je hier het programma"),
])
def test_training_length_promised_with_programme(note: str, expected: str) -> None:
    text = sample_draft(note)
    assert expected in text
    for off in ("Skillshop", "Blueprint", "where you're at", "où vous en êtes", "wo du gerade stehst", "waar je nu staat"):
        assert off not in text


def test_length_of_something_else_is_no_training_question() -> None:
    text = sample_draft("Hi Camille, how long does SEO usually take to show results for a small shop? Thanks, Kim")
    assert "The length depends on the format" not in text


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


@pytest.mark.parametrize("note, answer", [
    ("Buenas Camille, vi tu post sobre la formación en redes sociales para pymes. ¿Cuánto dura el curso y se puede hacer online desde "
     "México? Saludos, Rodrigo", "Sí, doy formación online"),
    ("Ciao Camille, ho visto il tuo post sui corsi di formazione per PMI. Quanto dura il corso di social ads e si può fare in inglese? "
     "Sono di Napoli", "in inglese o francese"),
    ("Hi Camille, how long is your SEO training, and is it online?", "also available online"),
])
def test_length_asked_with_a_known_fact_answers_both(note: str, answer: str) -> None:
    """Round 48 es note-5, it note-57: the online / English half was dropped for "it depends on the format"."""
    text = sample_draft(note)
    assert answer in text
    assert any(w in text for w in ("La duración", "La durata", "The length"))
