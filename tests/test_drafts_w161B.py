"""Wave 161 B: French (and other) study and career choices misread.

- advice asked without a "?" to choose between two programmes ("j'aimerais vos conseils pour choisir entre une licence
  pro et une école de commerce") is the studies either/or, never thanks for her tips;
- "une alternance en agence ou chez l'annonceur ?" weighs agency against in-house with her recommendation, never a
  lead promised for the agency side nor a CV asked;
- a student asking for "a few minutes" to be advised gets the call, and the Lyon tip reads as whole sentences.
"""
from __future__ import annotations

import pytest

from drafting import sample_draft


@pytest.mark.parametrize(("note", "headline", "said"), [
    ("bonjour, etudiant en BTS communication, j'aimerais avoir vos conseils pour choisir entre une licence pro et une "
     "école de commerce pour faire du SEO. merci", "Étudiant BTS Communication", "Les deux peuvent mener au marketing digital"),
    ("Bonjour, étudiante en DUT, je voudrais vos conseils pour choisir entre un bachelor et une licence pro en marketing. "
     "Merci d'avance", "Étudiante DUT", "Les deux peuvent mener au marketing digital"),
    ("Hi Camille, I'm a student and I'd love your advice on choosing between a bachelor and a master's degree to work in "
     "SEO. Thanks!", "Student", "Both can lead to digital marketing"),
    ("Hola Camille, soy estudiante de FP de marketing y me gustaría tu consejo para elegir entre un grado y un máster en "
     "marketing digital. Gracias", "Estudiante", "Las dos opciones pueden llevar al marketing digital"),
])
def test_studies_choice_asked_without_question_mark_is_answered(note: str, headline: str, said: str) -> None:
    text = sample_draft(note, headline=headline, name="Hugo Marchand")
    assert said in text, text
    for wrong in ("vous aient été utiles", "aient servi", "were useful", "publications", "me voir traiter"):
        assert wrong not in text, text


def test_tips_thanked_for_are_still_thanked() -> None:
    text = sample_draft("Bonjour Camille, merci pour vos conseils sur les fiches produits, ils m'ont bien servi !",
                        headline="", name="Paul Vidal")
    assert "les conseils sur les fiches produits" in text, text


@pytest.mark.parametrize(("note", "said", "wrong"), [
    ("slt camille, je suis en BTS communication et je voudrais savoir si tu conseilles plutot une alternance en agence "
     "ou chez l'annonceur pour se lancer dans le digital ? merci d'avance", "je pencherais pour l'agence",
     ("Si j'entends parler", "CV")),
    ("Bonjour, étudiante en licence marketing, vaut-il mieux faire son alternance chez l'annonceur ou en agence pour "
     "débuter selon vous ?", "je pencherais pour l'agence", ("Si j'entends parler", "CV")),
    ("Hi Camille, I'm a marketing student. Would you recommend an internship at an agency or in-house to get started in "
     "digital? Thanks", "I'd lean towards an agency", ("If I hear", "CV")),
])
def test_agency_or_in_house_weighed_with_a_recommendation(note: str, said: str, wrong: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Étudiant BTS Communication", name="Yanis Benali")
    assert said in text, text
    for w in wrong:
        assert w not in text, text


def test_an_apprenticeship_searched_for_still_gets_the_cv_line() -> None:
    text = sample_draft("Bonjour Camille, je cherche une alternance en marketing digital pour septembre, en agence ou chez "
                        "l'annonceur. Vous auriez des pistes ?", headline="Étudiant", name="Yanis Benali")
    assert "Envoyez-moi votre CV" in text and "pencherais" not in text, text


def test_a_few_minutes_to_be_advised_keeps_the_advice() -> None:
    # our mend after the regression: "quelques minutes pour m'orienter" read as a call dropped the advice itself in the
    # job-seeker and career-changer replies (the tips are what reviewers asked for; the call stays for a call asked)
    text = sample_draft("Bonjour, je suis en reconversion vers le marketing digital (ancienne comptable) et je cherche des "
                        "conseils pour trouver mon premier poste. Auriez-vous quelques minutes pour m'orienter ? Merci",
                        headline="En reconversion - marketing digital", name="Claire Fontaine")
    assert "Où postuler" in text, text