"""Fix wave 108, group B: trainings, courses, material, slides."""

from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize("note,name,must,must_not", [
    # round 108 de_nl note-20: her slides asked for ("irgendwo online?"), never her online trainings and a call
    ("Liebe Camille, dein Workshop beim OMR Festival in Hamburg war für mich das Highlight! Hast du die Slides irgendwo online? "
     "Danke und bis bald, Hannah 😊", "Hannah Koch", "Folien", ["Schulungen gibt es", "20 Minuten"]),
    ("Hoi Camille, je workshop op Emerce was top! Staan de slides ergens online? Groetjes, Sanne", "Sanne de Vries", "slides",
     ["trainingen ook online", "20 minuten"]),
])
def test_slides_asked_online_are_her_slides_not_online_trainings(note: str, name: str, must: str, must_not: list[str]) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    for words in must_not:
        assert words not in text, text


@pytest.mark.parametrize("note,name,must", [
    # round 107 de_nl note-20: the trainings named, then "Gibt's die auch online oder nur in Lyon?"
    ("Hallo Camille, ich hab gesehen, dass du Marketing-Trainings gibst. Gibt's die auch online oder nur in Lyon? Und kann man "
     "sich als Einzelperson anmelden? Danke & Grüße, Ben", "Ben Wagner", "vor Ort und auch online"),
    # round 108 de_nl note-40: "Geef je die ook online of alleen in Lyon? en wat kost dat ongeveer?"
    ("Hoi Camille, ik zag dat je ook trainingen geeft. Geef je die ook online of alleen in Lyon? en wat kost dat ongeveer? "
     "Groetjes Lisa", "Lisa van den Berg", "op locatie en ook online"),
    # round 107 de_nl note-41: "Zijn die ook online te volgen en in welke taal?": both in one sentence
    ("Hallo, ik zag dat je marketingtrainingen geeft. Zijn die ook online te volgen en in welke taal? Groet, Jesse", "Jesse Willems",
     "ook online, in het Frans en het Engels"),
    ("Hi Camille, I saw that you run marketing trainings. Are they also available online or only in Lyon? Thanks, Tom", "Tom Baker",
     "online"),
])
def test_online_asked_of_the_trainings_named_before_is_answered(note: str, name: str, must: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text


def test_the_price_is_still_answered_beside_online() -> None:
    text = sample_draft("Hoi Camille, ik zag dat je ook trainingen geeft. Geef je die ook online of alleen in Lyon? en wat kost dat "
                        "ongeveer? Groetjes Lisa", name="Lisa van den Berg")
    assert "offerte" in text and "online" in text, text


@pytest.mark.parametrize("note,name,must,must_not", [
    # round 107 es_pt_it note-37: no course in Portuguese, and the material asked for recommended, never only a call
    ("oi camille, tenho uma lojinha online de velas artesanais e queria aprender sobre SEO, vc tem algum curso em portugues ou "
     "recomenda algum material? obg!! 🕯️", "Camila Rocha", "Semrush Academy", "20 minutos"),
    # round 107 es_pt_it note-15: "me puedes recomendar algun curso tuyo o algo en español?"
    ("hola camille!! soy de mexico, tengo un e-shop de artesania y no se por donde empezar con el SEO, me puedes recomendar algun "
     "curso tuyo o algo en español? 🙏", "Guadalupe Hernández", "Semrush Academy", "20 minutos"),
    ("ciao camille, ho un piccolo negozio online di ceramiche e vorrei imparare la SEO: hai un corso in italiano o mi consigli "
     "qualche risorsa?", "Giulia Bianchi", "Semrush Academy", "20 minuti"),
])
def test_a_course_or_material_recommended_beside_the_language_asked(note: str, name: str, must: str, must_not: str) -> None:
    text = sample_draft(note, name=name)
    assert must in text, text
    assert must_not not in text, text
